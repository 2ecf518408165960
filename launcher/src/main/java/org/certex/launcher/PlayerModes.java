package org.certex.launcher;

import java.util.Locale;
import org.certex.producers.exercise.PlayerMode;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code on-time}, {@code late}, {@code absent} or {@code mixed}. */
final class PlayerModes implements ITypeConverter<PlayerMode> {

  @Override
  public PlayerMode convert(String value) {
    try {
      return PlayerMode.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a player mode; use on-time, late, absent or mixed");
    }
  }
}
