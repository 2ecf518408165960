package org.certex.dashboard.live;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.json.JsonMapper;

/**
 * Encodes live events as server-sent events, with the same JSON mapper as the REST answers: {@code
 * event:NAME}, one {@code data:} line with the JSON (which never holds a raw line break), a blank
 * line; a change's event also has an {@code id:} ({@link LiveHistory}), which the browser sends
 * back as {@code Last-Event-ID} when it reconnects, so the stream resumes where it stopped.
 */
public final class EventFrames {

  /** A comment, which browsers ignore: it only finds out whether the connection still works. */
  static final byte[] KEEP_ALIVE = ":keep-alive\n\n".getBytes(StandardCharsets.UTF_8);

  private final JsonMapper json;

  public EventFrames(JsonMapper json) {
    this.json = json;
  }

  byte[] frame(LiveEvent event) {
    return frame(event, null);
  }

  /** The event with {@code id} as its event id (none if null). */
  byte[] frame(LiveEvent event, String id) {
    ByteArrayOutputStream frame = new ByteArrayOutputStream(256);
    if (id != null) {
      frame.writeBytes(("id:" + id + "\n").getBytes(StandardCharsets.UTF_8));
    }
    frame.writeBytes(("event:" + event.name() + "\ndata:").getBytes(StandardCharsets.UTF_8));
    frame.writeBytes(json.writeValueAsBytes(event.data()));
    frame.writeBytes("\n\n".getBytes(StandardCharsets.UTF_8));
    return frame.toByteArray();
  }
}
