package com.gmpgate.accesslog.application;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for the tests: records end in CRLF, a field is either quoted (quotes doubled inside) or
 * free of quotes, commas and line breaks, and a closing quote is followed by a comma, CRLF or the end. Anything
 * else throws, so "parses" means a careful spreadsheet reads the same cells.
 */
final class Rfc4180 {

    private Rfc4180() {
    }

    static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        int i = 0;
        while (i < csv.length()) {
            StringBuilder field = new StringBuilder();
            if (csv.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= csv.length()) {
                        throw new IllegalArgumentException("unterminated quoted field at " + i);
                    }
                    char c = csv.charAt(i++);
                    if (c == '"') {
                        if (i < csv.length() && csv.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
            } else {
                while (i < csv.length() && ",\r\n\"".indexOf(csv.charAt(i)) < 0) {
                    field.append(csv.charAt(i++));
                }
                if (i < csv.length() && csv.charAt(i) == '"') {
                    throw new IllegalArgumentException("quote inside an unquoted field at " + i);
                }
            }
            record.add(field.toString());
            if (i >= csv.length()) {
                throw new IllegalArgumentException("the last record does not end in CRLF");
            }
            char next = csv.charAt(i);
            if (next == ',') {
                i++;
            } else if (csv.startsWith("\r\n", i)) {
                i += 2;
                records.add(record);
                record = new ArrayList<>();
            } else {
                throw new IllegalArgumentException("expected a comma or CRLF at " + i + ", found " + (int) next);
            }
        }
        if (!record.isEmpty()) {
            throw new IllegalArgumentException("the last record does not end in CRLF");
        }
        return records;
    }
}
