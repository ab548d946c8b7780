# Types of the `hedgelight` module (a compiled extension; see README.md).
from typing import Iterable, List, Literal, Optional, Tuple, TypedDict

Category = Literal[
    "speculation",
    "belief",
    "condition",
    "investigation",
    "attribution",
    "anonymous",
    "unverified",
    "dispute",
    "booster",
]
Kind = Literal["claim", "heading", "dateline", "signpost", "metadata"]
LevelName = Literal["disputed", "unverified", "hedged", "attributed", "asserted"]

class Cue(TypedDict):
    start: int
    end: int
    text: str
    category: Category

class Source(TypedDict):
    text: str
    start: int
    end: int
    named: bool
    entity: str
    via: List["Source"]

class Sentence(TypedDict):
    text: str
    start: int
    end: int
    level: Optional[int]
    score: Optional[float]
    kind: Kind
    uncertain: bool
    cues: List[Cue]
    explanation: str
    source: Optional[Source]

class Report(TypedDict):
    version: str
    model: str
    sentences: List[Sentence]
    levels: List[LevelName]

class Segment(TypedDict):
    text: str
    start: int
    end: int

__version__: str
VERSION: str
MODEL: str
LEVELS: Tuple[LevelName, ...]

def analyze(text: str) -> Report: ...
def analyze_many(texts: Iterable[str]) -> List[Report]: ...
def split(text: str) -> List[Segment]: ...
