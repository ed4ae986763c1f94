package org.zhuqi.evaluation.verification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.ToolProvider;

/**
 * Runs {@code tools/VerifyLedger.java} as a separate program with the JDK running the tests: exactly as documented
 * with the source launcher ({@link #launchSource}), or, faster for many runs, compiled once with
 * {@code javax.tools} ({@link #launch}); or compiled and called in this JVM ({@link #compiled}).
 */
final class Verifier {

	static final Path SOURCE = Path.of("tools", "VerifyLedger.java");

	/** Matches a ranking row of the verifier's output: overall rank, department, group, rank in group, … */
	static final Pattern RANKING_ROW = Pattern
		.compile("^\\s+(\\d+|-)\\s+(\\d+)\\s+(LIVE|ONLINE)\\s+(\\d+|-)\\s+(\\d+)\\s+(\\S+)\\s+(\\S+)$");

	private final Method run;

	private Verifier(Method run) {
		this.run = run;
	}

	/** The outcome of a run. */
	record Outcome(int exitCode, String output) {

		/** The verifier's ranking as {@code department → overall rank} ({@code -} for none), in printed order. */
		List<String> ranking() {
			List<String> ranking = new ArrayList<>();
			for (String line : output.split("\n")) {
				Matcher row = RANKING_ROW.matcher(line);
				if (row.matches()) {
					ranking.add(row.group(2) + "=" + row.group(1));
				}
			}
			return ranking;
		}

	}

	private static Path compiledOnce;

	/** {@code java tools/VerifyLedger.java arguments…} in a new process (the source launcher compiles it each time). */
	static Outcome launchSource(Path... arguments) {
		return launch(List.of(SOURCE.toString()), arguments);
	}

	/** {@code java -cp <compiled> VerifyLedger arguments…} in a new process. */
	static synchronized Outcome launch(Path... arguments) {
		if (compiledOnce == null) {
			try {
				Path directory = Files.createTempDirectory("verify-ledger-");
				compile(directory);
				compiledOnce = directory;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return launch(List.of("-cp", compiledOnce.toString(), "VerifyLedger"), arguments);
	}

	private static Outcome launch(List<String> program, Path... arguments) {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>();
		command.add(java);
		command.addAll(program);
		for (Path argument : arguments) {
			command.add(argument.toString());
		}
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError("the verifier did not finish");
			}
			return new Outcome(process.exitValue(), new String(output, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The verifier compiled into {@code directory}, to be called in this JVM. */
	static Verifier compiled(Path directory) throws Exception {
		compile(directory);
		URLClassLoader loader = new URLClassLoader(new java.net.URL[] { directory.toUri().toURL() },
				Verifier.class.getClassLoader());
		Method run = loader.loadClass("VerifyLedger").getDeclaredMethod("run", String[].class, PrintStream.class);
		run.setAccessible(true);
		return new Verifier(run);
	}

	private static void compile(Path directory) {
		int compiled = ToolProvider.getSystemJavaCompiler()
			.run(null, null, null, "--release", "17", "-d", directory.toString(), SOURCE.toString());
		if (compiled != 0) {
			throw new AssertionError("tools/VerifyLedger.java does not compile");
		}
	}

	Outcome run(Path... arguments) {
		String[] args = new String[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			args[i] = arguments[i].toString();
		}
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
			int code = (Integer) run.invoke(null, args, out);
			return new Outcome(code, output.toString(StandardCharsets.UTF_8));
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
