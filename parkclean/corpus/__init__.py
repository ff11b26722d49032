"""Corpus mode: a crawl in, a corpus out (see ``docs/corpus.md``).

- ``sources``   what is read: page files and folders, globs, WARC, JSONL (plain, .gz, .zst), twins
- ``records``   what is written for a document: the full record or its flat form, the filters
- ``output``    JSONL (plain or gzip) and per-document files, written so a kill leaves no corrupt
                file; ``--resume`` reads back what is done and repairs a torn end
- ``work``      what a worker does with a chunk of documents (clean, time limit, serialize)
- ``run``       the run: workers, progress, deduplication, rejects and ``summary.json``
- ``template``  site-template learning: lines a site repeats on many pages
- ``dedup``     exact and near (MinHash LSH) duplicates
"""
