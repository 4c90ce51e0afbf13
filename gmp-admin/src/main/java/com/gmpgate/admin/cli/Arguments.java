package com.gmpgate.admin.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code <command> --flag value ...} (or {@code --flag=value}). Every flag takes a value; an unknown flag, a flag
 * given twice or one without a value is a usage error, never silently ignored.
 */
public record Arguments(String command, Map<String, String> flags) {

    public static Arguments parse(List<String> args, Set<String> knownFlags) {
        if (args.isEmpty()) {
            throw new UsageException("no command given");
        }
        String command = args.get(0);
        Map<String, String> flags = new LinkedHashMap<>();
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "' (flags start with --)");
            }
            String name;
            String value;
            int equals = arg.indexOf('=');
            if (equals > 0) {
                name = arg.substring(2, equals);
                value = arg.substring(equals + 1);
            } else {
                name = arg.substring(2);
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw new UsageException("--" + name + " needs a value");
                }
                value = args.get(++i);
            }
            if (!knownFlags.contains(name)) {
                throw new UsageException("unknown flag --" + name);
            }
            if (flags.put(name, value) != null) {
                throw new UsageException("--" + name + " is given twice");
            }
        }
        return new Arguments(command, Map.copyOf(flags));
    }

    public Optional<String> optional(String flag) {
        return Optional.ofNullable(flags.get(flag)).map(String::strip).filter(v -> !v.isEmpty());
    }

    public String required(String flag) {
        return optional(flag).orElseThrow(() -> new UsageException(command + " needs --" + flag));
    }

    /** The command line is wrong: the message says how. */
    public static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }
}
