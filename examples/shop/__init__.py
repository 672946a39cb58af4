"""Example shop package (deliberately vulnerable; see ../README.md)."""
