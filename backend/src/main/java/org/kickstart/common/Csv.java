package org.kickstart.common;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A small streaming RFC 4180 reader: commas, quoted fields with doubled quotes and line breaks,
 * CRLF or LF line ends, and a leading byte-order mark. Reads one record at a time.
 */
public final class Csv implements AutoCloseable {

    private final Reader in;
    private int line = 1;
    private int recordLine;
    private boolean started;

    public Csv(Reader in) {
        this.in = in;
    }

    /** The line number (1-based) where the last record returned by {@link #next()} started. */
    public int line() {
        return recordLine;
    }

    /** The next record, or null at the end of the input. */
    public List<String> next() throws IOException {
        int c = in.read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = in.read();
            }
        }
        // Skip blank lines between records.
        while (c == '\r' || c == '\n') {
            if (c == '\n') {
                line++;
            }
            c = in.read();
        }
        if (c == -1) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new IOException("line " + recordLine + ": a quoted field is not closed");
                }
                if (c == '"') {
                    int n = in.read();
                    if (n == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = n;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r' || c == -1) {
                fields.add(field.toString());
                if (c == '\r') {
                    in.mark(1);
                }
                if (c == '\n') {
                    line++;
                }
                return fields;
            } else {
                field.append((char) c);
            }
            c = in.read();
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
