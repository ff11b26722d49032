"""Evidence: what rules see on each line, before anything is decided.

``matcher`` compiles the lexicons into one multi-pattern matcher; ``form`` holds the line rules,
``context``, ``layout`` and ``ends`` the page rules; ``collect`` runs them all on a page.
"""
