"""clinic-checker: accessibility and medical-content compliance audits for clinic websites."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("clinic-checker")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.0.0+checkout"

USER_AGENT = f"clinic-checker/{__version__}"
