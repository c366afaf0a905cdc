import { renderMarkdown } from '@app/core';
import { isConvergenceRegion, type Theme } from '@app/members';
import { PracticeStatus, TwinningStatus } from '@app/practices';
import { AdoptionEntity, AdoptionStage, AdoptionStageChangeEntity, NeedEntity, NeedStatus } from '@app/reuse';
import { demoId, rng } from './demo-ids.js';
import { DEMO_ADMINISTRATIONS, demoMembers } from './members.seed.js';
import { demoPractices, demoTwinnings } from './practices.seed.js';
import type { SeedStep } from './seed-step.js';

const DAY = 24 * 3600 * 1000;

interface DemoNeed {
  administration: string;
  title: string;
  description: string;
  themes: Theme[];
  closed?: boolean;
}

/** Needs of Convergence administrations, in the words of their officials. */
const DEMO_NEEDS: DemoNeed[] = [
  {
    administration: 'c_b963',
    title: 'Pratiche delle imprese tutte online',
    description:
      "Le imprese consegnano ancora a mano le SCIA e le domande per aprire un'attività.\n\nVorremmo uno **sportello unico per le attività produttive** telematico, con invio delle pratiche e dialogo con ASL e vigili del fuoco.",
    themes: ['BUSINESS_SERVICES' as Theme],
  },
  {
    administration: 'c_d643',
    title: 'Permessi di costruire senza carta',
    description:
      "I professionisti depositano i progetti edilizi in formato cartaceo e l'ufficio tecnico è sommerso.\n\nCerchiamo un sistema per le **pratiche edilizie online**, DIA e permessi di costruire, con gli elaborati firmati digitalmente.",
    themes: ['BUSINESS_SERVICES' as Theme, 'CITIZEN_SERVICES' as Theme],
  },
  {
    administration: 'c_m208',
    title: 'Meno raccomandate, più posta certificata',
    description: "Spendiamo troppo in raccomandate con ricevuta di ritorno. Vorremmo dotare tutti gli uffici di caselle di **posta elettronica certificata** e pubblicarle sull'indice delle PA.",
    themes: ['PROCESS_INNOVATION' as Theme],
  },
  {
    administration: 'c_c352',
    title: 'Pubblicazione degli atti sul sito',
    description: "Dal 2011 la pubblicità legale degli atti deve avvenire online. Ci serve un **albo pretorio online** che pubblichi automaticamente delibere e determine con le date di affissione.",
    themes: ['CITIZEN_SERVICES' as Theme],
    closed: true,
  },
  {
    administration: 'c_h224',
    title: 'Buoni pasto della refezione scolastica',
    description: 'Le famiglie comprano ancora i buoni pasto cartacei per la mensa delle scuole. Cerchiamo un sistema di prenotazione e pagamento online della refezione scolastica.',
    themes: ['CITIZEN_SERVICES' as Theme],
  },
  {
    administration: 'u_greciasalentina',
    title: 'Internet veloce nei piccoli comuni',
    description:
      "Le frazioni dei nostri comuni sono escluse dall'ADSL e il *digital divide* frena famiglie e imprese. Vorremmo portare la banda larga e punti di accesso wi-fi gratuiti nelle piazze.",
    themes: ['PUBLIC_CONNECTIVITY' as Theme],
  },
  {
    administration: 'c_i754',
    title: "Dialogo tra l'anagrafe e gli altri enti",
    description: "Questura, ASL e INPS ci chiedono continuamente dati anagrafici per telefono o per lettera. Vorremmo esporre l'anagrafe in **cooperazione applicativa** con una porta di dominio.",
    themes: ['INTEROPERABILITY' as Theme],
  },
  {
    administration: 'r_calabr',
    title: 'Una infrastruttura di interoperabilità per la regione',
    description:
      "Gli enti locali calabresi non riescono a scambiarsi dati. La Regione vuole realizzare un'infrastruttura regionale di cooperazione applicativa SPCoop a cui collegare comuni e province.",
    themes: ['INTEROPERABILITY' as Theme, 'PUBLIC_CONNECTIVITY' as Theme],
  },
  {
    administration: 'c_l049',
    title: 'Cartografia e numerazione civica aggiornate',
    description: 'Uffici tecnici e tributi usano mappe diverse e la numerazione civica è vecchia. Cerchiamo un **sistema informativo territoriale** con webgis consultabile anche dai cittadini.',
    themes: ['PUBLIC_INFORMATION_ASSETS' as Theme],
  },
  {
    administration: 'r_campan',
    title: 'Dati aperti della Regione',
    description: 'Vogliamo pubblicare i dati della Regione in formato aperto, con licenze chiare, perché imprese e cittadini li riusino. Cerchiamo esperienze di portali open data.',
    themes: ['PUBLIC_INFORMATION_ASSETS' as Theme],
  },
  {
    administration: 'asp_pa',
    title: 'Prenotare visite ed esami in un unico punto',
    description: 'I cittadini devono telefonare a ogni ospedale per prenotare e le liste di attesa sono lunghe. Vorremmo un **centro unico di prenotazione** sovraziendale con pagamento del ticket.',
    themes: ['CITIZEN_SERVICES' as Theme],
  },
  {
    administration: 'c_h703',
    title: 'Mandati di pagamento digitali con il tesoriere',
    description: "La ragioneria stampa e firma a mano centinaia di mandati e reversali da portare in banca. Cerchiamo l'ordinativo informatico con firma digitale verso la tesoreria.",
    themes: ['PROCESS_INNOVATION' as Theme],
    closed: true,
  },
  {
    administration: 'c_a662',
    title: "Servizi sociali in rete con l'ASL",
    description:
      "Le assistenti sociali tengono le cartelle degli utenti su carta e non le condividono con il distretto sanitario. Ci serve una cartella sociale informatizzata per l'ambito del piano di zona.",
    themes: ['CITIZEN_SERVICES' as Theme],
  },
  {
    administration: 'c_e506',
    title: 'Pagare la sosta con il telefonino',
    description: 'I parcometri sono pochi e spesso guasti. Vorremmo permettere di pagare la sosta sulle strisce blu con il cellulare, con un SMS o un’applicazione.',
    themes: ['CITIZEN_SERVICES' as Theme],
  },
];

const PATH = [AdoptionStage.INTERESTED, AdoptionStage.EVALUATING, AdoptionStage.PILOT, AdoptionStage.IN_USE];

/** The stage a twinning's receiving administrations have reached, by the twinning's status. */
const STAGE_OF_TWINNING: Record<TwinningStatus, AdoptionStage> = {
  [TwinningStatus.PROPOSED]: AdoptionStage.INTERESTED,
  [TwinningStatus.APPROVED]: AdoptionStage.EVALUATING,
  [TwinningStatus.ACTIVE]: AdoptionStage.PILOT,
  [TwinningStatus.COMPLETED]: AdoptionStage.IN_USE,
  [TwinningStatus.CANCELLED]: AdoptionStage.ABANDONED,
};

export interface DemoAdoption {
  row: Partial<AdoptionEntity> & { id: string };
  history: Array<Partial<AdoptionStageChangeEntity> & { id: string }>;
}

/**
 * The adoption ledger of the demo: the receiving administrations of every twinning at the stage its
 * status implies (a completed twinning's adopters in use, verified by the practice's first contact),
 * and administrations that took up practices on their own, at every stage, some verified; each
 * with its history, recorded by a member of the adopting administration.
 */
export function demoAdoptions(): DemoAdoption[] {
  const random = rng(2012_03_01);
  const members = demoMembers();
  const practices = demoPractices();
  const published = practices.filter((p) => p.row.status === PracticeStatus.PUBLISHED);
  const byId = new Map(practices.map((p) => [p.row.id, p]));
  const memberOf = (admKey: string) => members.find((m) => m.administrationKey === admKey);
  const adoptions: DemoAdoption[] = [];
  const seen = new Set<string>();

  const add = (practiceId: string, admKey: string, stage: AdoptionStage, start: number, twinningId: string | null, verified: boolean) => {
    const practice = byId.get(practiceId)!;
    const recorder = memberOf(admKey);
    const key = `${practiceId}:${admKey}`;
    if (!recorder || seen.has(key) || practice.administrationKey === admKey) return;
    seen.add(key);
    const id = demoId('adoption', key);
    const steps = stage === AdoptionStage.ABANDONED ? [AdoptionStage.INTERESTED, AdoptionStage.EVALUATING, AdoptionStage.ABANDONED] : PATH.slice(0, PATH.indexOf(stage) + 1);
    let at = start;
    const history = steps.map((to, k) => {
      if (k > 0) at += (20 + Math.floor(random() * 60)) * DAY;
      return {
        id: demoId('adoption-change', `${key}-${k}`),
        adoptionId: id,
        from: k === 0 ? null : steps[k - 1],
        to,
        byId: recorder.id,
        note: k === steps.length - 1 && stage === AdoptionStage.ABANDONED ? 'Sospesa: mancano le risorse per la migrazione dei dati' : null,
        at: new Date(at),
      };
    });
    const updatedAt = new Date(at);
    adoptions.push({
      row: {
        id,
        practiceId,
        administrationId: demoId('administration', admKey),
        stage,
        twinningId,
        verifiedById: verified ? practice.contactIds[0] : null,
        verifiedAt: verified ? new Date(at + 7 * DAY) : null,
        createdAt: new Date(start),
        updatedAt,
      },
      history,
    });
  };

  for (const twinning of demoTwinnings(practices)) {
    const stage = STAGE_OF_TWINNING[twinning.row.status!];
    for (const admId of twinning.receivingIds) {
      const adm = DEMO_ADMINISTRATIONS.find((a) => demoId('administration', a.key) === admId)!;
      add(twinning.row.practiceId!, adm.key, stage, twinning.row.createdAt!.getTime(), twinning.row.id, stage === AdoptionStage.IN_USE);
    }
  }
  // Adoptions without a twinning: administrations of every region taking up practices of others.
  const adopters = DEMO_ADMINISTRATIONS.filter((a) => a.country === 'IT' && memberOf(a.key));
  const stages = [...PATH, AdoptionStage.IN_USE, AdoptionStage.IN_USE, AdoptionStage.ABANDONED];
  for (let i = 0; i < 40; i++) {
    const practice = published[Math.floor(random() * published.length)];
    const adm = adopters[Math.floor(random() * adopters.length)];
    const stage = stages[i % stages.length];
    // Outside the Convergence regions practices travel more: most of their uses are verified.
    const verified = stage !== AdoptionStage.ABANDONED && random() < (isConvergenceRegion(adm.region) ? 0.4 : 0.7);
    add(practice.row.id, adm.key, stage, practice.row.createdAt.getTime() + (60 + Math.floor(random() * 300)) * DAY, null, verified);
  }
  return adoptions;
}

export function demoNeeds(): Array<Partial<NeedEntity> & { id: string }> {
  const members = demoMembers();
  return DEMO_NEEDS.map((need, i) => {
    const author = members.find((m) => m.administrationKey === need.administration);
    if (!author) throw new Error(`demo: nessun membro per il fabbisogno di ${need.administration}`);
    const createdAt = new Date(Date.UTC(2012, 0, 16, 9) + i * 9 * DAY);
    return {
      id: demoId('need', i),
      administrationId: demoId('administration', need.administration),
      authorId: author.id,
      title: need.title,
      description: need.description,
      descriptionHtml: renderMarkdown(need.description),
      themes: need.themes,
      status: need.closed ? NeedStatus.CLOSED : NeedStatus.OPEN,
      createdAt,
      closedAt: need.closed ? new Date(createdAt.getTime() + 120 * DAY) : null,
      closedById: need.closed ? author.id : null,
    };
  });
}

export const reuseSeed: SeedStep = {
  name: 'fabbisogni e adozioni',
  async run({ em, log }) {
    const needs = demoNeeds();
    await em.getRepository(NeedEntity).upsert(needs, ['id']);
    const adoptions = demoAdoptions();
    await em.getRepository(AdoptionEntity).upsert(
      adoptions.map((a) => a.row),
      ['id'],
    );
    await em.getRepository(AdoptionStageChangeEntity).upsert(
      adoptions.flatMap((a) => a.history),
      ['id'],
    );
    const verified = adoptions.filter((a) => a.row.verifiedById).length;
    log(`demo: ${needs.length} fabbisogni, ${adoptions.length} adozioni (${verified} verificate)`);
  },
};
