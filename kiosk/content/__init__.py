"""The content model, YAML loading and validation. Pure Python: no Qt here."""
