package dk.virkning.core.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParticipantCodePolicyTest {

    private static Optional<String> refusal(String code) {
        return ParticipantCodePolicy.check(code).map(ParticipantCodePolicy.Refusal::code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"010190-1234", "0101901234", "010190 1234", " 311299-0001 ", "P-0101901234",
            "290200-1234", "290204-1234", "deltager 150575-4321"})
    void refusesCprLikeCodes(String code) {
        assertThat(refusal(code)).contains(ParticipantCodePolicy.LOOKS_LIKE_CPR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"320190-1234", "011390-1234", "000190-1234", "290201-1234", "310490-1234",
            "01019012345"})
    void acceptsTenDigitCodesThatAreNoCalendarDate(String code) {
        assertThat(refusal(code)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna@example.dk", "mail: a.b@c.org", "x@y.z"})
    void refusesEmailLikeCodes(String code) {
        assertThat(refusal(code)).contains(ParticipantCodePolicy.LOOKS_LIKE_EMAIL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "20 30 40 50", "+4520304050", "+45 20 30 40 50", "004520304050",
            "0045 0000 0000"})
    void refusesPhoneLikeCodes(String code) {
        assertThat(refusal(code)).contains(ParticipantCodePolicy.LOOKS_LIKE_PHONE);
    }

    /** Every spelling of an identifier is caught: compatibility forms, other digit scripts, separators. */
    @ParameterizedTest
    @ValueSource(strings = {"\uFF10\uFF11\uFF10\uFF11\uFF19\uFF10-\uFF11\uFF12\uFF13\uFF14",
            "\u0660\u0661\u0660\u0661\u0669\u0660\u0661\u0662\u0663\u0664", "010190.1234", "010190_1234",
            "01 01 90 1234", "01.01.90-1234", "010190/1234", "0101901-234", "\u0966\u0967\u0966\u0967\u096F\u0966-1234"})
    void refusesEverySpellingOfACprNumber(String code) {
        assertThat(refusal(code)).contains(ParticipantCodePolicy.LOOKS_LIKE_CPR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"45 12 34 56 78", "20.30.40.50", "20-30-40-50", "(+45) 20 30 40 50",
            "\uFF12\uFF10\uFF13\uFF10\uFF14\uFF10\uFF15\uFF10"})
    void refusesEverySpellingOfAPhoneNumber(String code) {
        assertThat(refusal(code)).contains(ParticipantCodePolicy.LOOKS_LIKE_PHONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"name(at)example.dk", "name [at] example [dot] dk", "name\uFF20example.dk",
            "name at example.dk", "name{at}example(dot)dk"})
    void refusesEverySpellingOfAnEmailAddress(String code) {
        assertThat(refusal(code)).contains(ParticipantCodePolicy.LOOKS_LIKE_EMAIL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"P001", "00000042", "1234567", "123456789", "ÆBLE-7", "hold 3:12", "A_1.2(b)+",
            "2025-0017"})
    void acceptsPseudonymousCodes(String code) {
        assertThat(refusal(code)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void refusesBlankCodes(String code) {
        assertThat(refusal(code)).contains(ParticipantCodePolicy.REQUIRED);
        assertThat(refusal(null)).contains(ParticipantCodePolicy.REQUIRED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b", "a%20b", "-abc", "a\u0000b", "a\nb", "a;b", "a'b"})
    void refusesCharactersThatDoNotTravelSafely(String code) {
        assertThat(refusal(code)).contains(ParticipantCodePolicy.INVALID_CHARACTERS);
    }

    @org.junit.jupiter.api.Test
    void refusesCodesLongerThan64CharactersAndNeverEchoesTheCode() {
        assertThat(refusal("x".repeat(64))).isEmpty();
        assertThat(refusal("x".repeat(65))).contains(ParticipantCodePolicy.TOO_LONG);
        assertThat(ParticipantCodePolicy.check("010190-1234").orElseThrow().message()).doesNotContain("010190");
        assertThat(ParticipantCodePolicy.normalise("  P001 ")).isEqualTo("P001");
    }
}
