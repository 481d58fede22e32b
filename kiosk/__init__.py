"""West Sacramento lobby kiosk."""

from pathlib import Path

__version__ = "0.1.0"

# The repository root: default content and translations live beside the package.
PROJECT_ROOT = Path(__file__).resolve().parent.parent
