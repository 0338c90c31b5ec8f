"""The gate: policies, baseline and waivers turn a run's findings into one outcome and exit code."""
