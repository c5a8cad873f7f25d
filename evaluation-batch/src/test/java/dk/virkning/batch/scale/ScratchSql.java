package dk.virkning.batch.scale;

import java.nio.file.Path;
import java.sql.*;

public class ScratchSql {
    public static void main(String[] args) throws Exception {
        try (ScaleDatabase db = ScaleDatabase.persistent(Path.of(args[0]));
             Connection c = DriverManager.getConnection(db.jdbcUrl("scratch"), "postgres", "")) {
            for (int i = 1; i < args.length; i++) {
                String sql = args[i];
                System.out.println("## " + sql);
                try (Statement s = c.createStatement()) {
                    boolean rs = s.execute(sql);
                    while (true) {
                        if (rs) {
                            try (ResultSet r = s.getResultSet()) {
                                int n = r.getMetaData().getColumnCount();
                                while (r.next()) {
                                    StringBuilder b = new StringBuilder();
                                    for (int k = 1; k <= n; k++) b.append(r.getString(k)).append(k < n ? " | " : "");
                                    System.out.println(b);
                                }
                            }
                        } else if (s.getUpdateCount() == -1) break;
                        rs = s.getMoreResults();
                    }
                }
            }
        }
    }
}
