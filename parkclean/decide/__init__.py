"""The decision: one fitted model weighs every line's evidence and labels the page.

``features`` turns evidence into named features, ``model`` holds the fitted weights
(``model.json``), ``decoder`` finds the best labelling of the page (one article with its head
and tail), ``labels`` gives every line its final label, rule and reason, ``fit`` refits the
weights from the annotated corpus.
"""
