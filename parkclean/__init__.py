"""parkclean: clean scraped Chinese news pages into article text with metadata.

>>> import parkclean
>>> r = parkclean.clean("首页\\n新闻中心\\n园区一季度新开工项目十二个,总投资超过五十亿元,同比增长两成。")
>>> r.text
'园区一季度新开工项目十二个，总投资超过五十亿元，同比增长两成。'
"""
from .config import Config
from .errors import ConfigError, DecodeError, InputError, InputTooLarge, ParkcleanError
from .model import Block, Classified, Decision, Decoding, Label, Metadata, NormStep, Removed, Result
from .pipeline import clean
from .batch import Outcome, clean_many

__version__ = "0.1.0"

__all__ = [
    "clean", "clean_many", "Outcome", "Config", "Result", "Label", "Block", "Classified", "Decision", "Metadata",
    "NormStep", "Removed", "Decoding",
    "ParkcleanError", "InputError", "DecodeError", "InputTooLarge", "ConfigError", "__version__",
]
