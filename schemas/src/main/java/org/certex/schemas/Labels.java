package org.certex.schemas;

import org.certex.avro.Pap;
import org.certex.avro.Tlp;

/**
 * How labels and kinds are written for people (scenario files, pages, spreadsheets), in one place
 * so every module writes them alike: {@code TLP:AMBER+STRICT}, {@code PAP:GREEN}.
 */
public final class Labels {

  /** The participant kind of a national CSIRT, which sharing rules single out. */
  public static final String NATIONAL_CSIRT = "national-csirt";

  private Labels() {}

  public static String tlp(Tlp tlp) {
    return "TLP:" + tlp.name().replace("_STRICT", "+STRICT");
  }

  public static String pap(Pap pap) {
    return "PAP:" + pap.name();
  }
}
