"""Pure display rules: colours and their contrast, physical sizes, the reach band (no Qt)."""
