"""What the demo clinic records about each injection (issue 25): realistic answers to
the treatment questionnaire for each kind of preparation, so the grouped outcomes report
means something on a demo. The figures are plausible, not drawn from any study, and
the demo's outcomes do not depend on them: a demo shows how the report reads, never
which preparation works."""

from __future__ import annotations

import random
from dataclasses import dataclass

from app.intake.answers import AnswerValue
from app.intake.questionnaire import Questionnaire
from app.records.treatment_record import TreatmentDetails, details_to_json, treatment_questionnaire

PRP_SHARE = 0.2  # of the demo's patients, given platelet-rich plasma instead of cells


@dataclass(frozen=True)
class DemoTreatment:
    product: str
    processing: str | None
    image_guidance: str | None
    details: str  # as stored (JSON)


class DemoTreatmentDetails:
    """One patient's preparation, the same at each of their treatments but for the lot,
    the volumes and the counts."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._questionnaire: Questionnaire = treatment_questionnaire()

    def product_for(self, cells: str) -> str:
        """The demo's older draw (bone marrow or fat), now and then platelet-rich plasma."""
        return "prp" if self._rng.random() < PRP_SHARE else cells

    def plan(self, product: str) -> dict[str, object]:
        """What stays the same for a patient: where from, how processed, how guided."""
        rng = self._rng
        guidance = rng.choices(("ultrasound", "fluoroscopy", "none"), weights=(7, 1, 2))[0]
        sites = ["intra-articular"] + (["meniscus"] if rng.random() < 0.25 else [])
        adjuncts = [a for a, p in (("physical-therapy", 0.6), ("brace", 0.15)) if rng.random() < p]
        match product:
            case "bone-marrow":
                return {"harvest-site": rng.choices(("posterior-iliac-crest",
                        "anterior-iliac-crest"), weights=(4, 1))[0],
                        "separation": "centrifugation", "system": "Marrow concentrate kit",
                        "activation": "none", "anaesthetic": "local-skin",
                        "image-guidance": guidance, "injection-site": sites,
                        "adjuncts": adjuncts or ["none"]}  # fmt: skip
            case "fat":
                return {"harvest-site": rng.choice(("abdomen", "thigh-flank")),
                        "separation": rng.choices(("microfragmentation", "enzymatic-digestion"),
                                                  weights=(9, 1))[0],
                        "system": "Lipoaspirate processing kit", "activation": "none",
                        "anaesthetic": "local-skin", "image-guidance": guidance,
                        "injection-site": sites, "adjuncts": adjuncts or ["none"]}  # fmt: skip
        return {"harvest-site": "arm-vein", "separation": "centrifugation",
                "system": "PRP separation kit",
                "activation": rng.choices(("none", "calcium-chloride"), weights=(3, 1))[0],
                "anaesthetic": "none", "image-guidance": guidance, "injection-site": sites,
                "adjuncts": adjuncts or ["none"]}  # fmt: skip

    def treatment(self, product: str, plan: dict[str, object]) -> DemoTreatment:
        rng = self._rng
        raw: dict[str, object] = {
            "product": [product], "harvest-site": [plan["harvest-site"]],
            "separation": [plan["separation"]], "processing-system": plan["system"],
            "processing-lot": f"L{rng.randint(1000, 9999)}", "activation": [plan["activation"]],
            "image-guidance": [plan["image-guidance"]], "injection-site": plan["injection-site"],
            "anaesthetic": [plan["anaesthetic"]], "adjuncts": plan["adjuncts"],
        }  # fmt: skip
        match product:
            case "bone-marrow":
                raw |= {"harvest-volume": float(rng.randrange(30, 121, 5)),
                        "cell-count": float(rng.randrange(80, 900, 10)),
                        "injected-volume": float(rng.randint(4, 10))}  # fmt: skip
            case "fat":
                raw |= {"harvest-volume": float(rng.randrange(60, 241, 10)),
                        "injected-volume": float(rng.randint(5, 12))}  # fmt: skip
            case _:
                raw |= {"harvest-volume": float(rng.randrange(15, 61, 5)),
                        "platelet-count": float(rng.randrange(800, 2000, 50)),
                        "injected-volume": float(rng.randint(3, 7))}  # fmt: skip
        answers = {link_id: self._values(link_id, value) for link_id, value in raw.items()}
        details = TreatmentDetails(self._questionnaire.version, answers)
        return DemoTreatment(product, str(plan["separation"]), str(plan["image-guidance"]),
                             details_to_json(details))  # fmt: skip

    def _values(self, link_id: str, value: object) -> tuple[AnswerValue, ...]:
        item = self._questionnaire.item(link_id)
        if isinstance(value, list):
            return tuple(
                AnswerValue("valueCoding", str(code), option.display if option else None)
                for code in value
                for option in (item.option(str(code)),)
            )
        if isinstance(value, float):
            return (AnswerValue("valueDecimal", value),)
        return (AnswerValue("valueString", str(value)),)
