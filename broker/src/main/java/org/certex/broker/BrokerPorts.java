package org.certex.broker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** The client and controller ports, remembered in the data folder across restarts. */
record BrokerPorts(int client, int controller) {
  static final String FILE = "certex-ports.properties";

  static BrokerPorts load(Path logDir, int preferredPort) throws IOException {
    Path file = logDir.resolve(FILE);
    if (Files.exists(file)) {
      Properties p = new Properties();
      try (InputStream in = Files.newInputStream(file)) {
        p.load(in);
      }
      int client = Integer.parseInt(p.getProperty("client"));
      int controller = Integer.parseInt(p.getProperty("controller"));
      if ((preferredPort == 0 || preferredPort == client) && isFree(client) && isFree(controller)) {
        return new BrokerPorts(client, controller);
      }
    }
    int client = preferredPort != 0 && isFree(preferredPort) ? preferredPort : freePort();
    return new BrokerPorts(client, freePort());
  }

  void save(Path logDir) throws IOException {
    Properties p = new Properties();
    p.setProperty("client", String.valueOf(client));
    p.setProperty("controller", String.valueOf(controller));
    try (OutputStream out = Files.newOutputStream(logDir.resolve(FILE))) {
      p.store(out, "ports of the certex embedded broker");
    }
  }

  private static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress("localhost", port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
