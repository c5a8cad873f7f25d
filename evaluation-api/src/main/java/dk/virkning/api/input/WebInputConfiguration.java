package dk.virkning.api.input;

import java.util.regex.Pattern;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Path and query values are as strict as JSON bodies, and even the container's own refusals are problem details. */
@Configuration(proxyBeanMethods = false)
public class WebInputConfiguration implements WebMvcConfigurer {

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,18}");

    /**
     * Spring's default number conversion goes through {@code Long.decode}-like parsing, so
     * {@code /projects/0x10} would be project 16 and {@code /projects/010} project 8. An id is
     * written in decimal digits only.
     */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Long.class, (Converter<String, Long>) WebInputConfiguration::strictLong);
        registry.addConverter(String.class, Integer.class, (Converter<String, Integer>) text -> {
            long value = strictLong(text);
            if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("out of range");
            }
            return (int) value;
        });
    }

    static Long strictLong(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw new IllegalArgumentException("not a decimal number");
        }
        return Long.parseLong(text);
    }

    /** Tomcat refuses a malformed request line before any servlet runs; its answer is a problem detail too. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }
}
