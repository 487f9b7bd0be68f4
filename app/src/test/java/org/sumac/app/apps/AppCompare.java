package org.sumac.app.apps;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code bin/app-compare}: runs real applications on Xvfb and on Sumac side by side and says, per case,
 * PASS, PENDING (with the extension it waits for) or FAIL. Screens ({@code start-xvfb.png},
 * {@code start-sumac.png}, {@code start-diff.png}, the same for {@code end}) and a report go to
 * {@code app/target/x-tests/apps/<case>/}.
 *
 * <pre>
 * bin/app-compare gtk3-widget-factory     one case
 * bin/app-compare --all                   every case
 * bin/app-compare --list                  the cases and what each does
 * bin/app-compare --full-xvfb CASE...     compared with Xvfb as shipped (RENDER, Composite, ...): what the
 *                                         extensions Sumac lacks change in the pixels
 * </pre>
 */
public final class AppCompare {
    private AppCompare() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
            System.out.println("usage: bin/app-compare [--full-xvfb] CASE... | --all | --list");
            System.exit(args.length == 0 ? 2 : 0);
        }
        if (args[0].equals("--list")) {
            AppCases.all().forEach(c -> System.out.printf("%-22s %s%n", c.name(), c.description()));
            return;
        }
        List<String> names = new ArrayList<>(List.of(args));
        boolean fullXvfb = names.remove("--full-xvfb");
        List<AppCase> cases = new ArrayList<>();
        if (names.isEmpty()) {
            System.err.println("usage: bin/app-compare [--full-xvfb] CASE... | --all | --list");
            System.exit(2);
        }
        if (names.getFirst().equals("--all")) {
            cases.addAll(AppCases.all());
        } else {
            for (String name : names) {
                AppCase c = AppCases.named(name).orElse(null);
                if (c == null) {
                    System.err.println("app-compare: no case named " + name + " (bin/app-compare --list shows them)");
                    System.exit(2);
                }
                cases.add(c);
            }
        }
        if (fullXvfb) {
            cases.replaceAll(c -> c.withReference(AppCase.Reference.FULL));
        }
        List<AppComparison.Verdict> verdicts = new ArrayList<>();
        for (AppCase c : cases) {
            AppComparison.Verdict v;
            try {
                v = AppComparison.run(c);
            } catch (RuntimeException e) {
                System.err.println("app-compare: " + c.name() + ": " + e.getMessage());
                System.exit(3);
                return;
            }
            System.out.print(v.report());
            System.out.flush();
            verdicts.add(v);
        }
        if (verdicts.size() > 1) {
            System.out.println();
            verdicts.forEach(v -> System.out.println(v.line()));
        }
        System.exit(verdicts.stream().anyMatch(v -> v.status() == AppComparison.Status.FAIL) ? 1 : 0);
    }
}
