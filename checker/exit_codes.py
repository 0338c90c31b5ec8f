"""The exit codes of `clinic-checker`, in one place (README "Exit codes")."""

EXIT_OK = 0  # nothing at or above the fail threshold
EXIT_FINDINGS = 1  # the gate failed: findings, a threshold, or pages not audited
EXIT_USAGE = 2  # a usage or configuration error (one line on stderr)
EXIT_CANNOT_RUN = 3  # the audit could not run, or an internal error (crash.log)
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells and CI runners expect from Ctrl-C
