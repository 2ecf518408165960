package org.certex.launcher.debrief;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * report.html: one file that opens offline. ECharts is inlined from the WebJar the dashboard
 * serves, the report's data is embedded as JSON ({@code <} written as {@code \u003c}, so no text of
 * the run can close the script), and a Content-Security-Policy forbids the page from loading
 * anything at all. Texts of the run are drawn by report.js with textContent or on a canvas, and the
 * tables readable without JavaScript are escaped by {@link HtmlTables}.
 */
final class HtmlReport {

  static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
  private static final Pattern SCRIPT_END = Pattern.compile("(?i)</(script)");
  private static final String POLICY =
      "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:";

  private HtmlReport() {}

  static String render(Debrief debrief) {
    StringBuilder page = new StringBuilder(1_200_000);
    page.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(POLICY)
        .append("\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>certex debrief: ")
        .append(HtmlTables.escape(debrief.run().title()))
        .append("</title><style>")
        .append(resource("report.css"))
        .append("</style></head><body>\n");
    HtmlTables.body(page, debrief);
    page.append("<script type=\"application/json\" id=\"debrief-data\">")
        .append(embeddedJson(debrief))
        .append("</script>\n<script>")
        .append(inlineScript(echarts()))
        .append("</script>\n<script>")
        .append(inlineScript(resource("report.js")))
        .append("</script>\n</body></html>\n");
    return page.toString();
  }

  /** The report's JSON, safe inside a script element: no {@code <} (nor {@code >}, {@code &}). */
  static String embeddedJson(Debrief debrief) {
    return FoldedRun.JSON
        .writeValueAsString(debrief)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029");
  }

  /**
   * A script's text that cannot end its element early: {@code </script} becomes {@code <\/script}.
   */
  static String inlineScript(String script) {
    return SCRIPT_END
        .matcher(script.replace("<!--", "<\\!--"))
        .replaceAll(Matcher.quoteReplacement("<\\/") + "$1");
  }

  private static String echarts() {
    return read(HtmlReport.class.getResourceAsStream(ECHARTS), ECHARTS);
  }

  private static String resource(String name) {
    return read(HtmlReport.class.getResourceAsStream(name), name);
  }

  private static String read(InputStream in, String name) {
    if (in == null) {
      throw new IllegalStateException("the launcher lacks " + name + " on its classpath");
    }
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + name, e);
    }
  }
}
