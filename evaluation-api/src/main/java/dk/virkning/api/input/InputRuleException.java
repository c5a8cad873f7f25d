package dk.virkning.api.input;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/** A JSON value of the right type that breaks one of the platform's input rules; its message is for the user. */
public class InputRuleException extends DatabindException {

    private final String code;

    InputRuleException(JsonParser p, String code, String message) {
        super(p, message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
