//! The events stage on Spanish sentences written for each construction it must handle: passive
//! voice with "ser" and "por", a participle after its noun, coordination, apposition, relative
//! clauses, a clause boundary, negation, future, conditional and hearsay, verbs that govern an
//! infinitive, an object that is the next verb's subject, a capital as a place vs as a
//! government, and verb forms used as nouns. Linking runs on the shipped registry (the model
//! reads English only, so Spanish names come from the registry scan), coding on the shipped
//! verb table's Spanish verbs (`verbs/*.es.csv`).

mod common;

use std::path::PathBuf;

use actorgraph::clean::clean;
use actorgraph::document::Document;
use actorgraph::events::{Event, Modality};
use actorgraph::link::{Linker, Registry};
use actorgraph::ner::{tag_documents, NerOptions};
use common::GazetteerTagger;

/// The events of a Spanish text, and the text they point into.
fn code_doc(text: &str) -> (Vec<Event>, Document) {
    code_in(text, "spa")
}

/// The events of a text in `language` (ISO 639-3).
fn code_in(text: &str, language: &'static str) -> (Vec<Event>, Document) {
    let tagger = GazetteerTagger::new(126, &[]);
    let linker = Linker::new(Registry::load(&[PathBuf::from("actors")]).unwrap());
    let mut d = Document::new("d".into(), "d.txt".into(), text.into(), Default::default());
    let mut c = clean(&d.raw);
    c.language = Some(language);
    d.clean = Some(c);
    let mut docs = vec![d];
    tag_documents(&tagger, &mut docs, &NerOptions::default(), &|_, _| {}).unwrap();
    let mut d = docs.pop().unwrap();
    linker.link(&mut d);
    common::coder().code(&mut d, &linker.registry);
    (d.events.clone(), d)
}

fn code(text: &str) -> Vec<Event> {
    code_doc(text).0
}

/// (source, target, code) of each event, sorted.
fn triples(events: &[Event]) -> Vec<(&str, &str, &str)> {
    let mut v: Vec<(&str, &str, &str)> = events.iter().map(|e| (e.source.as_str(), e.target.as_str(), e.code.as_str())).collect();
    v.sort();
    v
}

#[test]
fn an_active_verb_with_a_personal_object_and_accented_offsets() {
    let (e, d) = code_doc("El lunes, Estados Unidos sancionó a Nicolás Maduro.");
    assert_eq!(triples(&e), vec![("USA", "ven:maduro", "163")]);
    assert!(e[0].is_factual());
    // The trigger's offsets count code points: the accented "ó" is one.
    assert_eq!(d.text().slice(e[0].trigger.clone()), "sancionó");
}

#[test]
fn passive_voice_with_ser_and_por_makes_the_agent_the_source() {
    let e = code("Nicolás Maduro fue sancionado por Estados Unidos en 2017.");
    assert_eq!(triples(&e), vec![("USA", "ven:maduro", "163")]);
    // Without an agent there is no source.
    assert!(code("Nicolás Maduro fue sancionado en 2017 junto a Diosdado Cabello.").is_empty());
}

#[test]
fn a_participle_after_its_noun_is_passive_and_its_noun_picks_the_code() {
    // IMPONER codes only with `* SANCIONES`: the noun before the participle is its object.
    let e = code("Las sanciones impuestas por Estados Unidos a Venezuela fracasaron.");
    assert_eq!(triples(&e), vec![("USA", "VEN", "163")]);
}

#[test]
fn coordinated_subjects_and_objects_give_one_event_each() {
    let e = code("Rusia, China e Irán enviaron ayuda humanitaria a Venezuela.");
    assert_eq!(triples(&e), vec![("CHN", "VEN", "073"), ("IRN", "VEN", "073"), ("RUS", "VEN", "073")]);
    let e = code("Estados Unidos sancionó a Nicolás Maduro, Diosdado Cabello y Vladimir Padrino.");
    assert_eq!(triples(&e), vec![("USA", "ven:cabello", "163"), ("USA", "ven:maduro", "163"), ("USA", "ven:padrino", "163")]);
    // A verb right after "y" has the first verb's subject, past that verb's object.
    let e = code("El Gobierno de Colombia expulsó a dos diplomáticos venezolanos y acusó a Caracas de proteger a la guerrilla.");
    assert_eq!(triples(&e), vec![("COL", "VEN", "112"), ("COL", "VEN", "174")]);
    // Also past the object of a verb the table does not code: a name inside it is no subject.
    let e = code("El secretario de Estado, Marco Rubio, anunció nuevas sanciones contra funcionarios del Banco Central de Venezuela y acusó a Maduro de financiar a grupos criminales.");
    assert!(triples(&e).contains(&("usa:rubio", "ven:maduro", "112")), "{:?}", triples(&e));
    assert!(!triples(&e).iter().any(|t| t.0 == "VEN"), "{:?}", triples(&e));
    // Before whom something is denounced is the forum, not the target; what is ordered is done.
    let e = code("Guyana denunció ante el Consejo de Seguridad de la ONU una incursión de tropas venezolanas.");
    assert_eq!(triples(&e), vec![("GUY", "VEN", "111")]);
    let e = code("La fiscalía venezolana ordenó la detención de tres periodistas colombianos.");
    assert_eq!(triples(&e), vec![("VEN", "COL", "173")]);
    // "A y B se reunieron": each met the other.
    let e = code("Vladimir Putin y Nicolás Maduro se reunieron.");
    assert_eq!(triples(&e), vec![("rus:putin", "ven:maduro", "040"), ("ven:maduro", "rus:putin", "040")]);
}

#[test]
fn an_apposition_or_a_relative_clause_between_commas_is_passed_over() {
    let e = code("Vladimir Putin, presidente de Rusia, recibió a Nicolás Maduro en el Kremlin.");
    assert!(triples(&e).contains(&("rus:putin", "ven:maduro", "043")), "{e:?}");
    assert!(e.iter().all(|e| e.source != "RUS"), "{e:?}");
    let e = code("Rusia, que apoya a Nicolás Maduro, criticó a Estados Unidos.");
    assert_eq!(triples(&e), vec![("RUS", "USA", "111"), ("RUS", "ven:maduro", "050")]);
    // A comma before a name that has a verb of its own ends the list: no "Putin and Maduro".
    let e = code("Tras reunirse con Vladimir Putin, Nicolás Maduro viajó a China.");
    assert_eq!(triples(&e), vec![("ven:maduro", "CHN", "042"), ("ven:maduro", "rus:putin", "040")]);
}

#[test]
fn no_event_crosses_a_clause_boundary() {
    let e = code("Colombia expulsó a los diplomáticos porque Rusia envió tropas a Venezuela.");
    assert_eq!(triples(&e), vec![("RUS", "VEN", "072")]);
}

#[test]
fn negation_is_flagged() {
    let e = code("Nicolás Maduro no se reunió con Juan Guaidó.");
    assert_eq!(triples(&e), vec![("ven:maduro", "ven:guaido", "040")]);
    assert!(e[0].negated && !e[0].is_factual());
    let e = code("Rusia nunca ha enviado tropas a Venezuela.");
    assert!(e.iter().all(|e| e.negated), "{e:?}");
}

#[test]
fn future_conditional_and_hearsay_are_told_apart() {
    let modality = |t: &str| code(t).first().map(|e| e.modality);
    assert_eq!(modality("Irán enviará drones a Venezuela."), Some(Modality::Future));
    assert_eq!(modality("Rusia va a enviar tropas a Venezuela."), Some(Modality::Future));
    assert_eq!(modality("Rusia enviaría tropas a Venezuela."), Some(Modality::Possible));
    assert_eq!(modality("Rusia podría enviar tropas a Venezuela."), Some(Modality::Possible));
    // The conditional perfect is how Spanish news tells what it has not confirmed.
    assert_eq!(modality("Rusia habría enviado mercenarios a Venezuela."), Some(Modality::Reported));
    assert_eq!(modality("Rusia supuestamente envió mercenarios a Venezuela."), Some(Modality::Reported));
    assert_eq!(modality("Si Rusia envía tropas a Venezuela, habrá sanciones."), Some(Modality::Possible));
    assert_eq!(modality("Rusia negó que sus aviones atacaran a Ucrania."), None);
    assert_eq!(modality("Rusia ha enviado tropas a Venezuela."), Some(Modality::Asserted));
}

#[test]
fn a_governing_verb_turns_the_infinitive_into_a_promise_or_a_threat() {
    // "amenazó con sancionar": one event, a threat of sanctions; the threat's own code goes.
    let e = code("Estados Unidos amenazó con sancionar a Cuba.");
    assert_eq!(triples(&e), vec![("USA", "CUB", "1312")]);
    assert!(e[0].is_factual());
    let e = code("Rusia prometió enviar ayuda a Venezuela.");
    assert_eq!(triples(&e), vec![("RUS", "VEN", "033")]);
}

#[test]
fn an_object_before_an_infinitive_is_its_subject() {
    let e = code("Cuba acusó a Estados Unidos de atacar a Venezuela.");
    assert_eq!(triples(&e), vec![("CUB", "USA", "112"), ("USA", "VEN", "190")]);
}

#[test]
fn a_capital_is_a_government_when_it_acts_and_a_place_where_things_happen() {
    assert_eq!(triples(&code("Moscú condenó a Washington.")), vec![("RUS", "USA", "111")]);
    assert_eq!(triples(&code("Nicolás Maduro viajó a Moscú.")), vec![("ven:maduro", "RUS", "042")]);
    // "en Moscú" is where they met, not whom.
    assert_eq!(triples(&code("Nicolás Maduro se reunió con Vladimir Putin en Moscú.")), vec![("ven:maduro", "rus:putin", "040")]);
}

#[test]
fn a_verb_form_after_a_determiner_or_preposition_is_a_noun() {
    // No verb "visita": the visit the noun tells, read by the noun (its trigger "visita").
    let e = code("La visita de Nicolás Maduro a Rusia fue breve.");
    assert_eq!(triples(&e), vec![("ven:maduro", "RUS", "042")], "{e:?}");
    assert!(code("La ayuda de Rusia a Venezuela llegó tarde.").is_empty());
    assert_eq!(triples(&code("Rusia ayuda a Venezuela.")), vec![("RUS", "VEN", "070")]);
}

#[test]
fn lists_go_on_past_junto_con_and_a_described_name() {
    let e = code("Nicolás Maduro se reunió con Vladimir Putin, junto con representantes de Irán.");
    assert_eq!(triples(&e), vec![("ven:maduro", "IRN", "040"), ("ven:maduro", "rus:putin", "040")]);
    // "y a su homólogo venezolano, Nicolás Maduro": the name after the description.
    let e = code("Ciudad de México recibió al dictador de Cuba, Miguel Díaz-Canel, y a su homólogo venezolano, Nicolás Maduro.");
    assert_eq!(triples(&e), vec![("MEX", "cub:diaz-canel", "043"), ("MEX", "ven:maduro", "043")]);
}

#[test]
fn a_title_and_a_name_between_commas_make_the_name_the_subject() {
    let e = code("El presidente de la Asamblea Constituyente de Venezuela, Diosdado Cabello, visitó Corea del Norte.");
    assert_eq!(triples(&e), vec![("ven:cabello", "PRK", "042")]);
    // An agent noun's complement past a capitalised word: "el ministro de Defensa de Venezuela".
    let e = code("El ministro de Defensa de Venezuela llega a Moscú.");
    assert_eq!(triples(&e), vec![("VEN", "RUS", "042")]);
    // "llegar a" + infinitive is going as far as, not a journey.
    assert!(code("El canciller de Nicaragua llegó a calificar al gobierno de Argentina como un instrumento.").iter().all(|e| e.code.as_str() != "042"));
}

#[test]
fn an_absolute_gerund_and_subjects_who_talk_to_each_other() {
    let e = code("Las negociaciones, con Rusia, Bolivia y Turquía ayudando a Nicolás Maduro, avanzaron.");
    assert_eq!(triples(&e), vec![("BOL", "ven:maduro", "070"), ("RUS", "ven:maduro", "070"), ("TUR", "ven:maduro", "070")]);
    // A name deep inside what two subjects discuss is no partner: they discussed with each other.
    let e = code("Rusia e Irán discutieron la coordinación de su respuesta a la crisis de Venezuela.");
    assert_eq!(triples(&e), vec![("IRN", "RUS", "040"), ("RUS", "IRN", "040")]);
}

#[test]
fn a_participle_with_its_agent_after_a_determiner_is_a_verb() {
    let e = code("Sanciones como las impuestas por Estados Unidos contra PDVSA fracasaron.");
    assert_eq!(triples(&e), vec![("USA", "ven:pdvsa", "163")]);
    // "-ara" after "que" is a past subjunctive told as fact, not a future.
    let e = code("Esto ocurrió después de que Perú ratificara el acuerdo con Rusia.");
    assert_eq!(e.first().map(|e| e.modality), Some(Modality::Asserted), "{e:?}");
}

#[test]
fn a_surname_after_a_title_or_a_government_names_the_person_in_a_text_the_model_does_not_read() {
    let e = code("El presidente Trump se reunió con líderes de Venezuela.");
    assert_eq!(triples(&e), vec![("usa:trump", "VEN", "040")]);
    let e = code("Rusia apoya al régimen de Maduro.");
    assert_eq!(triples(&e), vec![("RUS", "ven:maduro", "050")]);
}

#[test]
fn spanish_demonyms_are_linked_lower_case_and_act_after_an_agent_noun() {
    let (e, d) = code_doc("Un avión con técnicos militares rusos llegó a Venezuela. Estados Unidos sancionó a más de 100 venezolanos. El canciller ruso Serguéi Lavrov visitó Cuba.");
    // Linked in the mentions layer, lower case as Spanish writes them.
    let demonyms: Vec<(&str, &str)> = d
        .mentions
        .iter()
        .zip(&d.links)
        .filter(|(_, l)| l.method == actorgraph::document::LinkMethod::Demonym)
        .map(|(m, l)| (m.text.as_str(), l.actor_id.as_str()))
        .collect();
    assert_eq!(demonyms, vec![("rusos", "RUS"), ("venezolanos", "VEN"), ("ruso", "RUS")]);
    // "técnicos militares rusos" acts (military staff arriving: 072, `TECNICOS *`); "100
    // venezolanos" is a people; "el canciller ruso Serguéi Lavrov" is Lavrov, not Russia.
    assert_eq!(triples(&e), vec![("RUS", "VEN", "072"), ("USA", "VEN", "163"), ("rus:lavrov", "CUB", "042")]);
}

#[test]
fn a_judging_verb_is_about_the_subject_of_its_clause() {
    let e = code("El gobierno de Nicolás Maduro denunció este martes que Estados Unidos prepara una agresión contra Venezuela.");
    assert_eq!(triples(&e), vec![("ven:maduro", "USA", "111")]);
    // A verb that judges nothing takes no clause subject as its target.
    assert!(code("Nicolás Maduro viajó ayer porque Estados Unidos prepara una agresión.").is_empty());
}

#[test]
fn a_list_after_de_stays_a_list_and_a_perfect_participle_is_a_verb() {
    let e = code("Venezuela agradeció el respaldo de Rusia, China e Irán.");
    assert_eq!(triples(&e), vec![("VEN", "CHN", "051"), ("VEN", "IRN", "051"), ("VEN", "RUS", "051")]);
    // "ha impuesto" is the verb; "el impuesto" is a tax.
    let e = code("La Unión Europea no ha impuesto nuevas sanciones a Venezuela.");
    assert_eq!(triples(&e), vec![("int:eu", "VEN", "163")]);
    assert!(e[0].negated);
    assert!(code("Venezuela cobra el impuesto a Rusia.").is_empty());
}

#[test]
fn an_adjunct_inside_a_relative_clause_belongs_to_its_antecedent() {
    let e = code("Moscú financia a Nicolás Maduro a través de Rosneft, que ha usado su influencia para apoderarse del petróleo de Venezuela.");
    assert!(triples(&e).contains(&("rus:rosneft", "VEN", "171")), "{e:?}");
    assert!(!e.iter().any(|e| e.source == "RUS" && e.target == "VEN"), "{e:?}");
}

#[test]
fn verbs_that_code_only_with_their_object() {
    // ENTRENAR codes military cooperation only with a military object.
    assert_eq!(triples(&code("Rusia entrenó a militares venezolanos.")), vec![("RUS", "VEN", "062")]);
    assert!(code("Rusia entrenó a su equipo de fútbol en Venezuela.").iter().all(|e| e.code.as_str() != "062"));
    assert_eq!(triples(&code("Andrés Manuel López Obrador arremetió contra la OEA.")), vec![("mex:amlo", "int:oas", "111")]);
}

#[test]
fn a_language_with_no_coder_gets_no_events() {
    // Portuguese: neither the English nor the Spanish verbs are read over it.
    assert!(code_in("Os Estados Unidos sancionaram a Venezuela e visitaram a Rússia.", "por").0.is_empty());
    // The same sentence told as Spanish is coded.
    assert!(!code_in("Estados Unidos sancionó a Venezuela.", "spa").0.is_empty());
}

#[test]
fn a_surname_alone_inside_a_sentence_names_its_one_owner_with_no_model() {
    let (e, d) = code_doc("Ayer Rusia recibió a Maduro en el Kremlin. Venezuela lanzó el Petro en 2018.");
    assert_eq!(triples(&e), vec![("RUS", "ven:maduro", "043")]);
    // "el Petro" is a currency, not Gustavo Petro.
    assert!(d.links.iter().all(|l| l.actor_id != "col:petro"), "{:?}", d.links);
}

#[test]
fn nested_appositions_lead_back_to_the_first_name() {
    let e = code("Lilian Tintori, esposa de Leopoldo López, el preso político más destacado de Venezuela, logró reunirse con Donald Trump.");
    assert_eq!(triples(&e), vec![("ven:tintori", "usa:trump", "040")]);
}

#[test]
fn what_is_asked_in_spanish_has_not_happened() {
    let e = code("Colombia instó a Rusia a retirar sus tropas de Venezuela.");
    let withdraw: Vec<&Event> = e.iter().filter(|e| e.source == "RUS").collect();
    assert_eq!(withdraw.len(), 1, "{e:?}");
    assert_eq!(withdraw[0].modality, Modality::Possible);
    assert!(e.iter().any(|e| e.source == "COL" && e.is_factual()), "{e:?}");
}

#[test]
fn a_gerund_is_told_as_its_auxiliary_and_a_form_after_a_verb_is_its_object() {
    let e = code("Rusia seguirá suministrando armas a Venezuela.");
    assert_eq!(triples(&e), vec![("RUS", "VEN", "072")]);
    assert_eq!(e[0].modality, Modality::Future);
    // "ayuda" after "enviado" is the aid sent, not the verb "ayudar".
    let e = code("Brasil no ha enviado ayuda a Venezuela.");
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(e[0].negated);
}

#[test]
fn a_judging_verbs_que_clause_must_follow_it_not_another_clause() {
    // "mientras que" opens a clause of its own: Brazil is not what Colombia condemned.
    let e = code("La cancillería de Colombia condenó la visita, mientras que Brasil instó a ambas partes a negociar.");
    assert!(!e.iter().any(|e| e.source == "COL" && e.target == "BRA"), "{e:?}");
    // Right after the verb (a short adjunct between) it is.
    let e = code("Rusia denunció este martes que Estados Unidos prepara una agresión.");
    assert_eq!(triples(&e).first().map(|t| (t.0, t.1)), Some(("RUS", "USA")), "{e:?}");
}

#[test]
fn an_adjunct_of_time_holds_no_object() {
    // "durante la visita del presidente iraní": when they signed, not with whom (the visit is
    // an event of its own, Raisi's, told by the noun).
    let e = code("Irán y Venezuela firmaron el sábado un acuerdo de cooperación durante la visita del presidente iraní, Ebrahim Raisi, a Caracas.");
    assert_eq!(triples(&e), vec![("IRN", "VEN", "057"), ("VEN", "IRN", "057"), ("irn:raisi", "VEN", "042")], "{e:?}");
}

#[test]
fn a_mission_recalled_or_closed_is_toward_the_country_it_is_in() {
    let e = code("Venezuela cerró su embajada en Kiev.");
    assert_eq!(triples(&e), vec![("VEN", "UKR", "161")]);
    // "llamar a consultas" is a recall; a demonym inside the previous clause's "contra ..."
    // phrase is no second subject.
    let e = code("La Unión Europea prorrogó sus sanciones contra 55 funcionarios venezolanos y Maduro llamó a consultas a su embajador en Madrid.");
    assert_eq!(triples(&e), vec![("int:eu", "VEN", "163"), ("ven:maduro", "ESP", "161")], "{e:?}");
}

#[test]
fn talks_a_clause_tells_of_are_held_with_whom_they_name() {
    let e = code("El canciller ruso, Serguéi Lavrov, llegó este martes a Caracas para conversaciones con el presidente Nicolás Maduro.");
    assert!(triples(&e).contains(&("rus:lavrov", "ven:maduro", "040")), "{e:?}");
    // The partner is the noun phrase after "con", not a complement of another noun.
    let e = code("El canciller ruso, Serguéi Lavrov, viajó a Caracas para conversaciones con la oposición de Venezuela.");
    assert!(!triples(&e).iter().any(|t| t.2 == "040"), "{e:?}");
}

#[test]
fn whom_a_verb_of_sending_sends_does_what_it_is_sent_for() {
    let e = code("Ayer, Maduro envió de inmediato a Delcy Rodríguez a Rusia para conversar con el canciller Serguéi Lavrov.");
    assert!(triples(&e).contains(&("ven:delcy-rodriguez", "rus:lavrov", "040")), "{e:?}");
    assert!(!triples(&e).iter().any(|t| t.0 == "ven:maduro" && t.1 == "rus:lavrov"), "{e:?}");
    let e = code("Rusia envió ayuda a Venezuela para apoyar a Maduro.");
    assert!(triples(&e).iter().any(|t| t.0 == "RUS" && t.1 == "ven:maduro"), "{e:?}");
}

#[test]
fn a_future_written_with_its_accent_is_no_subjunctive() {
    let e = code("Putin aseguró que Moscú respaldará a Caracas frente a las presiones de Washington.");
    assert_eq!(triples(&e), vec![("RUS", "VEN", "051")], "{e:?}");
    assert_eq!(e[0].modality, Modality::Future);
}

#[test]
fn what_is_asked_in_a_que_clause_has_not_happened() {
    let e = code("Maduro pidió que Rusia enviara tropas a Venezuela.");
    let sent: Vec<_> = e.iter().filter(|e| e.source == "RUS" && e.target == "VEN").collect();
    assert_eq!(sent.len(), 1, "{e:?}");
    assert_eq!(sent[0].modality, Modality::Possible);
    // Told as done, it is asserted.
    let e = code("Maduro dijo que Rusia envió tropas a Venezuela.");
    assert!(e.iter().any(|e| e.source == "RUS" && e.target == "VEN" && e.is_factual()), "{e:?}");
}

#[test]
fn a_judging_verbs_clause_subject_of_the_speakers_own_country_is_no_target() {
    let e = code("El canciller iraní, Mohammad Javad Zarif, advirtió que Teherán respondería a cualquier acción de la Marina estadounidense.");
    assert!(!e.iter().any(|e| e.source == "irn:zarif" && e.target == "IRN"), "{e:?}");
}

#[test]
fn a_surname_opening_a_sentence_names_its_one_owner_with_no_model() {
    let e = code("Maduro viajó a Moscú para discutir la cooperación con Putin. Un acuerdo fue firmado.");
    assert_eq!(triples(&e), vec![("ven:maduro", "RUS", "042"), ("ven:maduro", "rus:putin", "040")]);
}

#[test]
fn a_verb_of_hosting_hosts_its_object_not_whom_something_came_from() {
    assert!(code("Maduro recibió protección de contratistas rusos.").is_empty());
    assert_eq!(triples(&code("Putin recibió al presidente de Venezuela.")), vec![("rus:putin", "VEN", "043")]);
    assert_eq!(triples(&code("México acogió la cumbre de la CELAC.")), vec![("MEX", "int:celac", "043")]);
    // What the table reads as given (a pattern written as the giver's event) comes from its
    // giver, who is the source: arms, money, a message.
    assert_eq!(triples(&code("Venezuela recibió armas de Rusia.")), vec![("RUS", "VEN", "072")]);
    assert_eq!(triples(&code("Hezbolá recibió financiamiento de empresarios venezolanos.")), vec![("VEN", "lbn:hezbollah", "071")]);
    assert_eq!(triples(&code("Maduro recibió un mensaje de Putin.")), vec![("rus:putin", "ven:maduro", "040")]);
}

#[test]
fn a_negated_infinitive_is_flagged_and_entre_ellos_names_members_of_the_object() {
    let e = code("Paraguay reiteró su política de no reconocer a Maduro.");
    let recognize: Vec<&Event> = e.iter().filter(|e| e.target == "ven:maduro").collect();
    assert!(!recognize.is_empty() && recognize.iter().all(|e| e.negated), "{e:?}");
    let e = code("Estados Unidos ha sancionado a varios funcionarios, entre ellos Maduro y Padrino.");
    assert_eq!(triples(&e), vec![("USA", "ven:maduro", "163"), ("USA", "ven:padrino", "163")]);
    let e = code("Estados Unidos sancionó a Venezuela, incluido Maduro.");
    assert_eq!(triples(&e), vec![("USA", "VEN", "163"), ("USA", "ven:maduro", "163")]);
}

#[test]
fn irregular_subjunctives_and_futures_of_listed_verbs() {
    let e = code("Horas después de que Washington impusiera nuevas sanciones a PDVSA, Maduro protestó.");
    assert!(triples(&e).contains(&("USA", "ven:pdvsa", "163")), "{e:?}");
    let e = code("La Unión Europea impondrá sanciones a Venezuela.");
    assert_eq!(triples(&e), vec![("int:eu", "VEN", "163")]);
    assert_eq!(e[0].modality, Modality::Future);
}

#[test]
fn a_long_relative_clause_is_passed_over_to_the_subject() {
    let e = code("El canciller ruso, Serguéi Lavrov, que se reunió la semana pasada en Moscú con la vicepresidenta Delcy Rodríguez, advirtió a Estados Unidos contra una intervención.");
    assert!(triples(&e).contains(&("rus:lavrov", "USA", "130")), "{e:?}");
}

#[test]
fn an_object_pronoun_names_someone_else_and_a_participle_phrase_has_its_own_objects() {
    // "le": not each other.
    assert!(code("Maduro afirmó que Rusia y China le habían ofrecido ayuda.").iter().all(|e| e.target != "CHN" && e.target != "RUS"));
    // "acusados de lavar dinero para Hezbolá": Hezbollah is not sanctioned here.
    let e = code("Estados Unidos sancionó a tres empresarios acusados de lavar dinero para Hezbolá.");
    assert!(e.iter().all(|e| e.target != "lbn:hezbollah"), "{e:?}");
}

#[test]
fn a_demonym_after_a_deed_or_a_military_noun_stands_for_its_state() {
    assert_eq!(triples(&code("Díaz-Canel condenó el bloqueo estadounidense.")), vec![("cub:diaz-canel", "USA", "111")]);
    let e = code("Dos bombarderos rusos aterrizaron en Caracas para realizar ejercicios conjuntos con la fuerza aérea venezolana.");
    assert!(triples(&e).contains(&("RUS", "VEN", "062")), "{e:?}");
    assert_eq!(triples(&code("Tropas rusas llegaron a Venezuela.")), vec![("RUS", "VEN", "072")]);
}

#[test]
fn pacts_and_alliances_sealed_are_agreements() {
    assert_eq!(triples(&code("Cuba firmó un pacto con Rusia.")), vec![("CUB", "RUS", "057")]);
    assert_eq!(triples(&code("Cuba y Rusia sellaron una alianza.")), vec![("CUB", "RUS", "057"), ("RUS", "CUB", "057")]);
}

#[test]
fn a_que_clause_without_a_subject_has_the_subject_of_the_verb_it_completes() {
    let e = code("Washington criticó la visita y advirtió que sancionará a las empresas chinas.");
    assert_eq!(triples(&e), vec![("USA", "CHN", "163")]);
    assert_eq!(e[0].modality, Modality::Future);
    let e = code("Maduro dijo que enviará tropas a Colombia.");
    assert_eq!(triples(&e), vec![("ven:maduro", "COL", "072")]);
    // A relative clause of a noun is no such clause: the companies are not the subject here.
    assert!(code("Las empresas que negocien con Maduro serán sancionadas.").is_empty());
}

#[test]
fn scare_quotes_stay_inside_the_clause() {
    let e = code("Irán condenó las «medidas coercitivas unilaterales» de Estados Unidos.");
    assert_eq!(triples(&e), vec![("IRN", "USA", "111")]);
}

#[test]
fn con_quien_names_the_partner_and_a_titled_agent_is_passed_to_its_name() {
    let e = code("Putin recibió a Maduro, con quien firmó varios acuerdos.");
    assert_eq!(triples(&e), vec![("rus:putin", "ven:maduro", "043"), ("rus:putin", "ven:maduro", "057")]);
    assert_eq!(triples(&code("Maduro fue recibido por su homólogo ruso, Vladímir Putin.")), vec![("rus:putin", "ven:maduro", "043")]);
    assert_eq!(triples(&code("Maduro fue recibido por el presidente Putin.")), vec![("rus:putin", "ven:maduro", "043")]);
}

#[test]
fn money_lent_to_a_capital_is_economic_aid_to_its_country() {
    assert_eq!(triples(&code("El Kremlin ha prestado miles de millones de dólares a Caracas desde 2006.")), vec![("RUS", "VEN", "071")]);
}

#[test]
fn a_seat_of_government_acts_for_its_country_in_spanish() {
    // No model reads Spanish: the registry scan finds "el Kremlin", "la Casa Blanca" (metonyms
    // only, no place of that name), and the linker decides it acts.
    assert_eq!(triples(&code("El Kremlin criticó a Venezuela.")), vec![("RUS", "VEN", "111")]);
    assert_eq!(triples(&code("La Casa Blanca sancionó a Maduro.")), vec![("USA", "ven:maduro", "163")]);
    assert!(code("Los periodistas esperaron en el Kremlin a Maduro.").iter().all(|e| e.source != "RUS"));
}

#[test]
fn an_accusation_alleges_and_a_number_of_nationals_is_a_people() {
    let e = code("Cuba acusó a Colombia de atacar a Venezuela.");
    let attack: Vec<&Event> = e.iter().filter(|e| e.source == "COL").collect();
    assert_eq!(attack.len(), 1, "{e:?}");
    assert_eq!(attack[0].modality, Modality::Reported);
    assert_eq!(triples(&code("Venezuela detuvo a dos estadounidenses acusados de espionaje.")), vec![("VEN", "USA", "173")]);
}

#[test]
fn a_demand_or_judgement_after_a_quotation_is_about_its_subject() {
    // The speaker follows the verb; "insistir" is a demand (as CAMEO.2.0's INSIST, 100).
    let e = code("«Maduro es parte del problema y nunca será parte de la solución», insistió Piñera en la reunión.");
    assert_eq!(triples(&e), vec![("chl:pinera", "ven:maduro", "100")]);
    let e = code("Piñera insistió en que Maduro es parte del problema.");
    assert_eq!(triples(&e), vec![("chl:pinera", "ven:maduro", "100")]);
}

#[test]
fn mediation_work_together_and_arms_supplied_to_anothers_forces() {
    assert_eq!(triples(&code("Noruega facilitó el diálogo entre Maduro y la oposición.")), vec![("NOR", "ven:maduro", "045")]);
    assert_eq!(triples(&code("Irán trabajó con Hezbolá en Venezuela.")), vec![("IRN", "lbn:hezbollah", "060")]);
    // "armadas" in "las fuerzas armadas de" is no participle that ends the object.
    assert_eq!(triples(&code("Rusia reforzó las fuerzas armadas de Venezuela con drones.")), vec![("RUS", "VEN", "072")]);
    assert_eq!(triples(&code("Rusia criticó a las fuerzas armadas de Venezuela.")), vec![("RUS", "VEN", "111")]);
}

#[test]
fn a_participle_after_talks_is_about_whom_they_concern_and_con_with_a_gerund_is_absolute() {
    // The target is whom the negotiations are about (past the place after "en"); ", con Rusia
    // y Turquía ayudando" neither joins the agent list nor is an object.
    let e = code("Las negociaciones sobre Venezuela en Barbados, facilitadas por Noruega, con Rusia y Turquía ayudando al régimen de Maduro, fracasaron.");
    let t = triples(&e);
    assert!(t.contains(&("NOR", "VEN", "045")), "{e:?}");
    assert!(t.iter().all(|&(a, b, _)| a != "NOR" || b == "VEN"), "{e:?}");
    assert!(!t.iter().any(|&(a, b, _)| (a, b) == ("RUS", "TUR") || (a, b) == ("TUR", "RUS")), "{e:?}");
    // An apposition names the part an actor is of, in Spanish too (the registry's Spanish alias).
    let e = code("El brazo exterior de la Guardia Revolucionaria, la Fuerza Quds, entrenó a combatientes de Hezbolá.");
    assert!(!e.is_empty() && e.iter().all(|e| e.source == "irn:quds-force"), "{e:?}");
}

#[test]
fn a_gerund_after_the_objects_comma_is_the_subjects_and_its_clitic_is_that_object() {
    assert_eq!(triples(&code("Rusia condenó a Estados Unidos, acusando a Washington de injerencia.")), vec![("RUS", "USA", "111"), ("RUS", "USA", "112")]);
    // "-los" is the officials; what they are accused of is alleged, and theirs.
    let e = code("Estados Unidos sancionó a dos funcionarios venezolanos, acusándolos de ayudar a Hezbolá.");
    assert!(triples(&e).contains(&("USA", "VEN", "112")), "{e:?}");
    let help: Vec<&Event> = e.iter().filter(|e| e.target == "lbn:hezbollah").collect();
    assert!(!help.is_empty() && help.iter().all(|e| e.source == "VEN" && e.modality == Modality::Reported), "{e:?}");
    assert_eq!(triples(&code("Petro llamó a Maduro, instándolo a convocar elecciones.")).iter().filter(|t| t.2 == "020").count(), 1);
}

#[test]
fn por_with_an_infinitive_after_an_object_or_an_agent_and_dropped_subjects() {
    // The sanctioned helped, not the one who sanctions; after a passive's agent, the patient.
    let e = code("Estados Unidos sancionó a dos funcionarios venezolanos por ayudar a Hezbolá.");
    assert!(e.iter().filter(|e| e.target == "lbn:hezbollah").all(|e| e.source == "VEN"), "{e:?}");
    let e = code("Venezuela fue sancionada por Estados Unidos por apoyar a Hezbolá.");
    assert!(triples(&e).contains(&("USA", "VEN", "163")), "{e:?}");
    assert!(e.iter().filter(|e| e.target == "lbn:hezbollah").all(|e| e.source == "VEN"), "{e:?}");
    // A passive with its subject dropped is about the previous clause's subject.
    let e = code("Lavrov llegó a Caracas, donde fue recibido por Nicolás Maduro.");
    assert!(triples(&e).contains(&("ven:maduro", "rus:lavrov", "043")), "{e:?}");
    // "le" joined to the infinitive is whom the verb it serves acts on.
    let e = code("Petro telefoneó a Maduro para pedirle elecciones libres.");
    assert_eq!(triples(&e), vec![("col:petro", "ven:maduro", "020"), ("col:petro", "ven:maduro", "041")]);
    // Mediators do not mediate with each other.
    assert!(code("México y Colombia se ofrecieron a mediar entre el gobierno y la oposición.").is_empty());
}

#[test]
fn a_relative_after_a_makes_its_antecedent_the_object() {
    let e = code("Washington sancionó a Rosneft, a la que acusó de ayudar a PDVSA.");
    assert!(triples(&e).contains(&("USA", "rus:rosneft", "112")), "{e:?}");
    assert!(e.iter().filter(|e| e.target == "ven:pdvsa").all(|e| e.source == "rus:rosneft" && e.modality == Modality::Reported), "{e:?}");
    assert!(triples(&code("Maduro recibió a Lavrov, a quien agradeció el apoyo de Rusia.")).contains(&("ven:maduro", "rus:lavrov", "051")));
    // "prestar apoyo" is support (as "apoyar"); military support is military aid.
    assert_eq!(triples(&code("Irán presta apoyo a Maduro.")), vec![("IRN", "ven:maduro", "050")]);
    assert_eq!(triples(&code("Rusia envió apoyo militar a Venezuela.")), vec![("RUS", "VEN", "072")]);
}

#[test]
fn lo_que_uno_dice_que_otro_debe_hacer_es_una_exigencia() {
    assert_eq!(triples(&code("Pompeo dijo que Maduro debe dejar el poder.")), vec![("usa:pompeo", "ven:maduro", "100")]);
    assert_eq!(triples(&code("Duque afirmó que Maduro tiene que liberar a los presos políticos.")), vec![("col:duque", "ven:maduro", "100")]);
    // Saying alone codes nothing.
    assert!(code("Pompeo dijo que Maduro está en Caracas.").is_empty());
}

#[test]
fn dinero_adelantado_y_deuda_reestructurada() {
    assert_eq!(triples(&code("Rosneft ha adelantado más de 6.000 millones de dólares a PDVSA.")), vec![("rus:rosneft", "ven:pdvsa", "071")]);
    assert_eq!(triples(&code("Moscú reestructuró la deuda venezolana.")), vec![("RUS", "VEN", "071")]);
    // A state's oil is no actor: bought from anyone.
    assert!(code("Pekín sigue comprando petróleo venezolano.").is_empty());
}

#[test]
fn a_dative_clitic_is_whom_the_verb_is_done_to() {
    // "le" is someone named before; Washington, after "frente a", is no one supported.
    assert!(code("El presidente ruso le reiteró su respaldo frente a las sanciones de Washington.").iter().all(|e| e.target != "USA"));
    // Doubled by "a Maduro", the clitic names him.
    assert_eq!(triples(&code("Putin le reiteró su respaldo a Maduro.")), vec![("rus:putin", "ven:maduro", "051")]);
    assert_eq!(triples(&code("Cuba envió una brigada médica a Venezuela.")), vec![("CUB", "VEN", "073")]);
}

#[test]
fn a_purpose_told_by_an_infinitive_is_no_word_of_the_verbs_patterns() {
    // "para confirmar el apoyo" is what the reception was for: no APOYO received.
    let e = code("Serguéi Lavrov recibió a Jorge Arreaza en Moscú para confirmar el apoyo de Rusia.");
    assert_eq!(triples(&e), vec![("rus:lavrov", "ven:arreaza", "043")]);
    // A noun after "para" is still read ("para conversaciones con").
    let e = code("Delcy Rodríguez viajó a Moscú para conversaciones con Serguéi Lavrov.");
    assert!(triples(&e).iter().any(|t| t.0 == "ven:delcy-rodriguez" && t.1 == "rus:lavrov"), "{e:?}");
}

#[test]
fn the_main_subject_past_an_apposition_and_a_place_after_an_opening_infinitive() {
    let e = code("Tras reunirse con el presidente turco, Recep Tayyip Erdoğan, en Ankara, Nicolás Maduro anunció que Turquía invertirá en la minería venezolana.");
    assert_eq!(triples(&e), vec![("ven:maduro", "tur:erdogan", "040")]);
}

#[test]
fn what_the_accused_did_past_a_phrase_of_its_own_is_alleged() {
    let e = code("La Fiscalía venezolana acusó a la líder opositora María Corina Machado de traición a la patria por respaldar las sanciones de Estados Unidos.");
    // The accusation, from the prosecutors' country ("fiscalía" an agent noun).
    assert!(e.iter().any(|x| (x.source.as_str(), x.target.as_str(), x.code.as_str()) == ("VEN", "ven:machado", "112") && x.is_factual()), "{e:?}");
    // The backing is Machado's, and alleged.
    let backed: Vec<&Event> = e.iter().filter(|x| x.target == "USA").collect();
    assert!(!backed.is_empty() && backed.iter().all(|x| x.source == "ven:machado" && x.modality == Modality::Reported), "{e:?}");
}

#[test]
fn co_subjects_who_cooperate_in_a_country_do_so_with_each_other() {
    let e = code("Estados Unidos y Venezuela intercambiaron prisioneros en Barbados.");
    assert_eq!(triples(&e), vec![("USA", "VEN", "084"), ("VEN", "USA", "084")]);
    // A citizen of a country detained is the country's (an agent noun before the demonym).
    let e = code("Las autoridades argentinas detuvieron a un ciudadano iraní.");
    assert_eq!(triples(&e), vec![("ARG", "IRN", "173")]);
}

#[test]
fn a_sentence_that_opens_with_a_pair_codes_the_two_of_the_sentence_before() {
    let e = code("Gustavo Petro se reunió con Nicolás Maduro en Caracas. Ambos mandatarios condenaron las sanciones de Estados Unidos.");
    let second: Vec<(&str, &str, &str)> = e.iter().filter(|x| x.sentence == 1).map(|x| (x.source.as_str(), x.target.as_str(), x.code.as_str())).collect();
    assert_eq!(second, vec![("col:petro", "USA", "111"), ("ven:maduro", "USA", "111")], "{e:?}");
    // With each other where they cooperate.
    let e = code("Gustavo Petro se reunió con Nicolás Maduro en Caracas. Los dos presidentes firmaron un acuerdo de cooperación.");
    assert!(e.iter().any(|x| x.sentence == 1 && x.source == "ven:maduro" && x.target == "col:petro"), "{e:?}");
    // Not where the sentence before was about more than two.
    let e = code("Rusia envió ayuda a Venezuela y Cuba. Ambos gobiernos agradecieron el envío a Estados Unidos.");
    assert!(e.iter().all(|x| x.sentence == 0), "{e:?}");
}

#[test]
fn a_governing_verb_stands_where_its_infinitive_tells_nothing() {
    // "ampliar los vuelos" codes nothing: the agreement is the event, with each other.
    let e = code("Irán y Venezuela acordaron ampliar los vuelos directos entre Teherán y Caracas.");
    assert_eq!(triples(&e), vec![("IRN", "VEN", "030"), ("VEN", "IRN", "030")]);
    // Where the infinitive tells one, it replaces its governor.
    let e = code("Rusia amenazó con sancionar a Ucrania.");
    assert_eq!(triples(&e).len(), 1, "{e:?}");
    assert!(e.iter().all(|x| x.code.as_str().starts_with("13")), "{e:?}");
}

#[test]
fn a_second_object_may_be_a_short_phrase_named_by_its_demonym() {
    let e = code("Estados Unidos impuso sanciones a la petrolera PDVSA y a tres funcionarios venezolanos.");
    assert_eq!(triples(&e), vec![("USA", "VEN", "163"), ("USA", "ven:pdvsa", "163")]);
    // Not past a clause of its own.
    let e = code("Estados Unidos sancionó a PDVSA y a los que ayudaron a Cuba.");
    assert!(!e.iter().any(|x| x.target == "CUB"), "{e:?}");
}

#[test]
fn what_a_naming_verb_names_is_the_object() {
    let e = code("Nicaragua condenó lo que calificó como una agresión imperialista de Washington.");
    assert_eq!(triples(&e), vec![("NIC", "USA", "111")]);
}

#[test]
fn an_object_clitic_is_the_subject_before_or_the_object_before() {
    // Another subject accuses "lo": the one the sentence opened with.
    let e = code("Hezbolá negó tener presencia en Venezuela, después de que el Comando Sur lo acusara de operar en la isla de Margarita.");
    assert!(e.iter().any(|x| x.source == "usa:southcom" && x.target == "lbn:hezbollah" && x.code.as_str() == "112"), "{e:?}");
    // The same subject goes on: "lo" is whom it received.
    let e = code("Maduro recibió a Lula en Caracas y lo felicitó por su victoria.");
    assert!(e.iter().any(|x| x.source == "ven:maduro" && x.target == "bra:lula" && x.code.as_str() == "051"), "{e:?}");
    // Another subject after "y" goes on with the clause before: "lo" is its object, and where
    // he is invited ("a la cumbre de los BRICS") is no target.
    let e = code("El Kremlin felicitó a Maduro por su reelección y Putin lo invitó a la cumbre de los BRICS en Kazán.");
    assert!(e.iter().any(|x| x.source == "rus:putin" && x.target == "ven:maduro"), "{e:?}");
    assert!(!e.iter().any(|x| x.target == "int:brics"), "{e:?}");
}

#[test]
fn a_demonym_after_a_singular_agent_noun_names_the_country() {
    let e = code("La Unión Europea condenó la detención del opositor venezolano.");
    assert_eq!(triples(&e), vec![("int:eu", "VEN", "111")]);
}

#[test]
fn a_visit_told_by_a_noun_is_the_visitors_to_the_destination() {
    let e = code("Tras la visita de Lavrov a Caracas, Maduro anunció nuevos acuerdos.");
    assert!(e.iter().any(|x| x.source == "rus:lavrov" && x.target == "VEN" && x.code.as_str() == "042"), "{e:?}");
    // The verb "visita" is no noun here, and a visit with no destination tells nothing.
    let e = code("La visita de Lavrov fue breve, dijo Maduro.");
    assert!(!e.iter().any(|x| x.code.as_str() == "042"), "{e:?}");
}

#[test]
fn both_after_y_are_the_two_of_the_clause_before() {
    let e = code("Gustavo Petro se reunió con Nicolás Maduro en Caracas y ambos acordaron reforzar la seguridad en la frontera.");
    let t = triples(&e);
    assert!(t.contains(&("col:petro", "ven:maduro", "030")) && t.contains(&("ven:maduro", "col:petro", "030")), "{t:?}");
    // Not where nothing before names two.
    let e = code("Ambos acordaron reforzar la seguridad en la frontera con Colombia y Venezuela.");
    assert!(!triples(&e).iter().any(|x| x.2 == "030"), "{e:?}");
}

#[test]
fn both_after_an_apposed_name_are_the_two_of_the_clause_before() {
    // "ambos" right before the verb, past a name set off by commas (not that name alone).
    let e = code("El presidente iraní, Masud Pezeshkian, se reunió en Teherán con la vicepresidenta venezolana, Delcy Rodríguez, y ambos condenaron las sanciones de Washington.");
    let t = triples(&e);
    assert!(t.contains(&("irn:pezeshkian", "USA", "111")) && t.contains(&("ven:delcy-rodriguez", "USA", "111")), "{t:?}");
}

#[test]
fn a_relative_with_con_after_an_unknown_apposed_name_is_the_phrase_before() {
    // Yván Gil is not in the registry: "el ministro venezolano de Exteriores" is Venezuela.
    let e = code("El canciller ruso, Serguéi Lavrov, recibió en Moscú al ministro venezolano de Exteriores, Yván Gil, con quien firmó un acuerdo de cooperación.");
    assert!(triples(&e).contains(&("rus:lavrov", "VEN", "057")), "{e:?}");
    // A name the registry knows is itself the partner.
    let e = code("Serguéi Lavrov recibió en Moscú a Nicolás Maduro, con quien firmó un acuerdo de cooperación.");
    assert!(triples(&e).contains(&("rus:lavrov", "ven:maduro", "057")), "{e:?}");
}

#[test]
fn a_judging_verb_is_about_a_subject_known_by_its_nationality() {
    let e = code("Vladimir Padrino López denunció que aviones militares estadounidenses violaron el espacio aéreo venezolano.");
    assert!(triples(&e).contains(&("ven:padrino", "USA", "111")), "{e:?}");
    // Not past a preposition: "que los aviones de ..." names no subject by a nationality after it.
    let e = code("Vladimir Padrino López denunció que la llegada de aviones estadounidenses preocupa a la región.");
    assert!(!triples(&e).iter().any(|x| x.0 == "ven:padrino" && x.1 == "USA"), "{e:?}");
}

#[test]
fn a_relative_of_place_takes_the_main_clauses_subject() {
    let e = code("Hezbolá felicitó a Maduro en un comunicado en el que condenó las amenazas de Washington.");
    let t = triples(&e);
    assert!(t.contains(&("lbn:hezbollah", "ven:maduro", "051")) && t.contains(&("lbn:hezbollah", "USA", "111")), "{t:?}");
}

#[test]
fn a_meeting_and_a_visit_told_by_a_noun() {
    let e = code("Tras una reunión de Maduro con Putin, Venezuela liberó a seis presos.");
    assert!(triples(&e).contains(&("ven:maduro", "rus:putin", "040")), "{e:?}");
    // An envoy the registry does not name is their country.
    let e = code("Tras una reunión de Maduro con el enviado de Washington, Venezuela liberó a seis presos.");
    assert!(triples(&e).contains(&("ven:maduro", "USA", "040")), "{e:?}");
    // A visit whose place the clause names before the noun.
    let e = code("China y Venezuela firmaron en Pekín varios acuerdos durante la visita de Estado de Maduro.");
    assert!(triples(&e).contains(&("ven:maduro", "CHN", "042")), "{e:?}");
    // A meeting with a place is no meeting with a country.
    let e = code("Tras una reunión de Maduro con Lula en Brasilia, ambos firmaron acuerdos.");
    assert!(!triples(&e).iter().any(|x| x.2 == "040" && x.1 == "BRA"), "{e:?}");
}

#[test]
fn a_deed_named_by_its_doer_after_a_forum_and_a_list_thanked_after_it() {
    // The forum ("ante la Asamblea General de la ONU", past its "de" phrase) is no target; the
    // blockade's doer is; the participle "impuesto por Estados Unidos" gives no subject to
    // "agradeció".
    let e = code("Bruno Rodríguez denunció ante la Asamblea General de la ONU el bloqueo económico impuesto por Estados Unidos y agradeció a Venezuela y Rusia su solidaridad.");
    let t = triples(&e);
    assert!(t.iter().any(|x| x.1 == "USA" && x.2 == "111") && !t.iter().any(|x| x.1 == "int:un"), "{t:?}");
    assert!(!t.iter().any(|x| x.0 == "USA"), "{t:?}");
    assert!(t.iter().any(|x| x.1 == "VEN" && x.2 == "051") && t.iter().any(|x| x.1 == "RUS" && x.2 == "051"), "{t:?}");
    // A participle on a noun inside another phrase names no target: "en una operación mediada
    // por Qatar".
    let e = code("Estados Unidos y Venezuela intercambiaron prisioneros en Barbados, en una operación mediada por Qatar.");
    assert!(!triples(&e).iter().any(|x| x.1 == "QAT"), "{e:?}");
}

#[test]
fn two_apposed_subjects_joined_by_y_sign_with_each_other() {
    // "el canciller venezolano, Yván Gil" (a name the registry lacks): Venezuela.
    let e = code("El presidente iraní, Masud Pezeshkian, y el canciller venezolano, Yván Gil, firmaron en Teherán cinco acuerdos de cooperación.");
    let t = triples(&e);
    assert!(t.contains(&("irn:pezeshkian", "VEN", "057")) && t.contains(&("VEN", "irn:pezeshkian", "057")), "{t:?}");
}

#[test]
fn a_border_crossing_reopened_and_a_ministrys_nationality() {
    let e = code("Los gobiernos de Colombia y Venezuela reabrieron el paso fronterizo de Paraguachón.");
    let t = triples(&e);
    assert!(t.contains(&("COL", "VEN", "050")) && t.contains(&("VEN", "COL", "050")), "{t:?}");
    let e = code("El portavoz del Ministerio de Asuntos Exteriores chino pidió a Estados Unidos que levante las sanciones.");
    assert!(triples(&e).contains(&("CHN", "USA", "020")), "{e:?}");
}

#[test]
fn the_subjects_own_country_after_de_is_whose_the_deed_is_and_after_a_whom_it_goes_to() {
    let e = code("Lavrov reiteró el apoyo de Rusia a Venezuela.");
    assert_eq!(triples(&e), vec![("rus:lavrov", "VEN", "051")]);
    // Another's deed after "de" is whom the verb is about.
    let e = code("Lavrov criticó la visita de Maduro a Estados Unidos.");
    assert!(triples(&e).contains(&("rus:lavrov", "ven:maduro", "111")), "{e:?}");
}

#[test]
fn an_invitation_is_its_own_event_and_what_it_invites_to_has_not_happened() {
    let e = code("Putin felicitó a Maduro y lo invitó a visitar Moscú.");
    let t: Vec<(&str, &str, &str, Modality)> = e.iter().map(|e| (e.source.as_str(), e.target.as_str(), e.code.as_str(), e.modality)).collect();
    assert!(t.contains(&("rus:putin", "ven:maduro", "040", Modality::Asserted)), "{t:?}");
    assert!(!e.iter().any(|e| e.code.as_str() == "042" && e.is_factual()), "{t:?}");
    let e = code("El Kremlin invitó a Maduro a visitar Moscú.");
    assert!(!e.iter().any(|e| e.code.as_str() == "042" && e.is_factual()), "{e:?}");
    // A judging verb said before a forum is about its clause's subject.
    let e = code("Guyana denunció ante la ONU que Venezuela amenaza su integridad territorial.");
    assert_eq!(triples(&e), vec![("GUY", "VEN", "111")]);
}
