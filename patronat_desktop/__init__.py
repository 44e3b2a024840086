"""patronat-desktop: social patronage casework for Belarusian territorial centres."""

__version__ = "0.1.0"
