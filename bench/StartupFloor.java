import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The floor of bench/startup.sh: a bare JVM that opens one JDBC connection to the same PostgreSQL, runs one query
 * and answers GET /q/health/ready with {"status":"UP"}, nothing else. Quizmark's start-up is compared with it.
 * Arguments: port jdbcUrl user password.
 */
public class StartupFloor {
    public static void main(String[] args) throws Exception {
        Connection connection = DriverManager.getConnection(args[1], args[2], args[3]);
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("select 1")) {
            rows.next();
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 16);
        byte[] up = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
        server.createContext("/q/health/ready", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, up.length);
            exchange.getResponseBody().write(up);
            exchange.close();
        });
        server.start();
    }
}
