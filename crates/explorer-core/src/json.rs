//! The JSON form of releases and facts printed by `explorer extract`
//! (the schema other tools rely on: extend it, never rename a field).

use crate::facts::{Fact, FactData};
use crate::model::{Corpus, Release};
use serde_json::{Value, json};

fn entity_name(corpus: &Corpus, id: u32) -> Value {
    corpus.entity(id).map_or(Value::Null, |e| json!(e.name))
}

/// One fact: `kind`, `text`, `span`, `sentence`, `rule` and the kind's fields.
pub fn fact(corpus: &Corpus, release: &Release, f: &Fact) -> Value {
    let body = &release.body;
    let mut v = json!({
        "kind": f.kind().name(),
        "text": f.text(body),
        "span": f.span,
        "sentence": f.sentence,
        "rule": f.rule,
    });
    let extra = match &f.data {
        FactData::Money { amount, currency } => json!({ "amount": amount, "currency": currency }),
        FactData::Percent {
            value,
            direction,
            subject,
            points,
        } => json!({
            "value": value,
            "direction": direction.map(|d| d.name()),
            "subject": subject,
            "points": points,
        }),
        FactData::Quantity { value, unit } => json!({ "value": value, "unit": unit }),
        FactData::Organization { entity } | FactData::Country { entity } => {
            let e = corpus.entity(*entity);
            json!({
                "entity": e.map(|e| &e.id),
                "name": e.map(|e| &e.name),
                "acronym": e.and_then(|e| e.acronym.as_ref()),
                "code": e.and_then(|e| e.code.as_ref()),
                "aliases": e.map(|e| &e.aliases),
            })
        }
        FactData::Person { entity, role } => json!({
            "entity": corpus.entity(*entity).map(|e| &e.id),
            "name": entity_name(corpus, *entity),
            "role": role,
        }),
        FactData::Quote { speaker } => json!({
            "speaker": speaker.map_or(Value::Null, |s| entity_name(corpus, s)),
            "quote": f.text(body),
        }),
        FactData::Event { date, what } => json!({ "date": date.to_string(), "what": what }),
        FactData::Milestone { start, end, what } => json!({
            "start": start.to_string(),
            "end": end.to_string(),
            "what": what,
        }),
        FactData::Agreement {
            parties,
            date,
            what,
        } => json!({
            "parties": parties.iter().map(|p| entity_name(corpus, *p)).collect::<Vec<_>>(),
            "date": date.map(|d| d.to_string()),
            "what": what,
        }),
    };
    if let (Value::Object(base), Value::Object(more)) = (&mut v, extra) {
        base.extend(more);
    }
    v
}

/// One release with its facts.
pub fn release(corpus: &Corpus, r: &Release) -> Value {
    json!({
        "id": r.id,
        "title": r.title,
        "date": r.date.to_string(),
        "body": r.body,
        "truncated": r.truncated,
        "agency": r.agency,
        "keywords": r.keywords,
        "facts": r.facts.iter().map(|f| fact(corpus, r, f)).collect::<Vec<_>>(),
    })
}

/// The whole corpus: `{"releases": [...], "entities": [...]}`.
pub fn corpus(c: &Corpus) -> Value {
    json!({
        "releases": c.releases.iter().map(|r| release(c, r)).collect::<Vec<_>>(),
        "entities": c.entities.iter().map(|e| json!({
            "id": e.id,
            "kind": match e.kind {
                crate::facts::EntityKind::Organization => "organization",
                crate::facts::EntityKind::Person => "person",
                crate::facts::EntityKind::Country => "country",
            },
            "name": e.name,
            "acronym": e.acronym,
            "code": e.code,
            "aliases": e.aliases,
            "roles": e.roles,
        })).collect::<Vec<_>>(),
    })
}
