"""The one colour scheme shared by the GEXF viz data and the PNG rendering.

Node colour follows the entity type, edge colour the side of the relation category
(docs/graph-contract.md): cooperation green, conflict red, everything else grey.

>>> node_color("PERSON")
'#4E79A7'
>>> edge_color("use_force"), edge_color("sign_agree"), edge_color("statement")
('#D1343A', '#2E9E4F', '#9E9E9E')
"""

import math

#: Entity type -> hex colour (Tableau 10 hues, red and green kept for edges).
TYPE_COLORS: dict[str, str] = {
    "PERSON": "#4E79A7",
    "ORG": "#F28E2B",
    "GPE": "#B07AA1",
    "NORP": "#EDC948",
    "LOC": "#76B7B2",
    "FAC": "#9C755F",
    "EVENT": "#FF9DA7",
    "PRODUCT": "#17BECF",
    "LAW": "#8C6D31",
    "WORK_OF_ART": "#D4A6C8",
    "CONCEPT": "#BAB0AC",
}
#: Colour of any type not listed above.
OTHER_TYPE_COLOR = "#7F7F7F"

COOPERATION = frozenset({"cooperate", "provide_aid", "meet_visit", "praise", "sign_agree"})
CONFLICT = frozenset({"criticize", "accuse", "threaten", "use_force", "deny"})

#: Side of a relation category -> hex colour.
SIDE_COLORS: dict[str, str] = {
    "cooperation": "#2E9E4F",
    "conflict": "#D1343A",
    "neutral": "#9E9E9E",
}

#: Node size range (GEXF viz:size units) for the fewest and the most mentions.
MIN_SIZE, MAX_SIZE = 10.0, 50.0


def node_color(entity_type: str | None) -> str:
    """Hex colour of an entity type."""
    return TYPE_COLORS.get(entity_type or "", OTHER_TYPE_COLOR)


def side(category: str | None) -> str:
    """`cooperation`, `conflict` or `neutral` for a relation category."""
    if category in COOPERATION:
        return "cooperation"
    if category in CONFLICT:
        return "conflict"
    return "neutral"


def edge_color(category: str | None) -> str:
    """Hex colour of a relation category."""
    return SIDE_COLORS[side(category)]


def rgb(hex_color: str) -> tuple[int, int, int]:
    """`#RRGGBB` -> (r, g, b).

    >>> rgb("#2E9E4F")
    (46, 158, 79)
    """
    return tuple(int(hex_color[i : i + 2], 16) for i in (1, 3, 5))


def node_size(mentions: int, max_mentions: int) -> float:
    """Size growing with the square root of mentions, so area tracks mentions.

    >>> node_size(1, 100), node_size(100, 100)
    (14.0, 50.0)
    """
    if max_mentions <= 0:
        return MIN_SIZE
    share = math.sqrt(max(mentions, 0) / max_mentions)
    return round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * share, 2)
