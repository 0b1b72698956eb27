package dev.faultline.app.cli;

import java.util.List;

/** Reading command-line arguments the same way in every command. */
public final class Args {

    private Args() {
    }

    /** The value after an option ({@code --case DIR}): {@code args.get(index)}, or a usage error naming the option. */
    public static String value(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(index);
    }

    /** The one folder argument of a command such as {@code sample DIR}; an option it does not know is named as such. */
    public static String singleFolder(List<String> args) throws UsageException {
        for (String arg : args) {
            if (arg.startsWith("-")) {
                throw new UsageException("unknown option '" + arg + "'");
            }
        }
        if (args.size() != 1) {
            throw new UsageException(args.isEmpty() ? "DIR is required" : "expected one folder, got " + args.size() + ": " + args);
        }
        return args.get(0);
    }
}
