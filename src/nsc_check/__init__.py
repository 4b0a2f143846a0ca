"""nsc-check: self-assessment of a city against the National Sanitary City standard."""

__version__ = "0.1.0"
