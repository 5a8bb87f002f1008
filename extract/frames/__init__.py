"""The clause reader: one Frame per predicate, built once per sentence.

Both readings of a parse are views of these frames: extract.triples grounds their arguments to
Mentions (graph facts), extract.openie reads their surface spans (open-IE tuples).
"""
from extract.frames.registry import CONSTRUCTIONS, sentence_frames
from extract.frames.types import Argument, Context, Frame, Heads, Keep, LightReading, Role, Scope, Via

__all__ = ["CONSTRUCTIONS", "Argument", "Context", "Frame", "Heads", "Keep", "LightReading", "Role", "Scope",
           "Via", "sentence_frames"]
