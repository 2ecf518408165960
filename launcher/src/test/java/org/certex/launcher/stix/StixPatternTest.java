package org.certex.launcher.stix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StixPatternTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "ipv4-addr|203.0.113.7|[ipv4-addr:value = '203.0.113.7']",
        "IPv4|203.0.113.7|[ipv4-addr:value = '203.0.113.7']",
        "ipv6-addr|2001:db8::1|[ipv6-addr:value = '2001:db8::1']",
        "domain-name|evil.example|[domain-name:value = 'evil.example']",
        "url|https://evil.example/a?b=c|[url:value = 'https://evil.example/a?b=c']",
        "email-addr|ceo@evil.example|[email-addr:value = 'ceo@evil.example']",
        "mac-addr|00:00:5e:00:53:af|[mac-addr:value = '00:00:5e:00:53:af']",
        "file-md5|d41d8cd98f00b204e9800998ecf8427e|[file:hashes.MD5 = 'd41d8cd98f00b204e9800998ecf8427e']",
        "file-sha1|da39a3ee5e6b4b0d3255bfef95601890afd80709|[file:hashes.'SHA-1' = 'da39a3ee5e6b4b0d3255bfef95601890afd80709']",
        "file-sha256|e3b0c44298fc1c149afbf4c8996fb924|[file:hashes.'SHA-256' = 'e3b0c44298fc1c149afbf4c8996fb924']",
        "sha512|cf83e135|[file:hashes.'SHA-512' = 'cf83e135']",
        "file-name|invoice.pdf.exe|[file:name = 'invoice.pdf.exe']",
        "mutex|Global\\heron|[mutex:name = 'Global\\\\heron']",
        "autonomous-system|AS64500|[autonomous-system:number = 64500]",
        "asn|64501|[autonomous-system:number = 64501]",
      })
  void mapsEachIndicatorTypeToItsObservable(String type, String value, String pattern) {
    assertThat(StixPattern.of(type, value)).contains(pattern);
  }

  @Test
  @DisplayName("quotes and backslashes in a value are escaped in the string literal")
  void escapesQuotesAndBackslashes() {
    assertThat(StixPattern.of("url", "http://x.example/it's\\here"))
        .contains("[url:value = 'http://x.example/it\\'s\\\\here']");
  }

  @Test
  @DisplayName("a type with no STIX mapping has no pattern rather than a guessed one")
  void leavesUnmappedTypesOut() {
    assertThat(StixPattern.of("yara-rule", "rule x { condition: true }")).isEmpty();
    assertThat(StixPattern.of("ip", "203.0.113.7")).isEmpty();
    assertThat(StixPattern.of("asn", "not-a-number")).isEmpty();
    assertThat(StixPattern.of("asn", "AS99999999999")).isEmpty();
  }
}
