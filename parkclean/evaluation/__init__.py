"""Evaluation: annotated pages, metrics, peer systems and reports (``parkclean eval``)."""
