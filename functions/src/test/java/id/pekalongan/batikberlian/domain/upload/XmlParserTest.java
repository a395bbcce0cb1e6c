package id.pekalongan.batikberlian.domain.upload;

import static org.assertj.core.api.Assertions.assertThat;

import javax.xml.stream.XMLInputFactory;
import org.junit.jupiter.api.Test;

/**
 * The workbook reader parses with the JDK's own StAX implementation, the one the Lambda package runs, even though the
 * test classpath offers Woodstox (through S3Proxy) to anyone who asks {@code XMLInputFactory} to look one up.
 */
class XmlParserTest {

    @Test
    void woodstoxIsWhatALookupWouldFindHere() {
        // Without this the next test would prove nothing: on a classpath without Woodstox any factory is the JDK's.
        assertThat(XMLInputFactory.newFactory().getClass().getName()).startsWith("com.ctc.wstx");
    }

    @Test
    void theReaderUsesTheJdksParserAllTheSame() {
        assertThat(Xml.factory().getClass().getName()).startsWith("com.sun.xml.internal.stream");
    }

    @Test
    void theFactoryReadsNoDtdAndNoExternalEntity() {
        assertThat(Xml.factory().getProperty(XMLInputFactory.SUPPORT_DTD)).isEqualTo(false);
        assertThat(Xml.factory().getProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES)).isEqualTo(false);
        assertThat(Xml.factory().getProperty("jdk.xml.entityExpansionLimit")).isEqualTo("1");
        assertThat(Xml.factory().getProperty("jdk.xml.maxElementDepth"))
                .isEqualTo(String.valueOf(Xml.MAX_ELEMENT_DEPTH));
    }
}
