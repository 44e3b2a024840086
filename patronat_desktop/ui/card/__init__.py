"""The family card: the stage stepper and one section per part of the case."""
