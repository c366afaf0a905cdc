import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The 107 Italian provinces and equivalent bodies (metropolitan cities, free consortia, UTS), by region. */
const PROVINCES: Record<string, Array<[code: string, name: string]>> = {
  PIEMONTE: [['TO', 'Torino'], ['VC', 'Vercelli'], ['NO', 'Novara'], ['CN', 'Cuneo'], ['AT', 'Asti'], ['AL', 'Alessandria'], ['BI', 'Biella'], ['VB', 'Verbano-Cusio-Ossola']],
  VALLE_D_AOSTA: [['AO', 'Aosta']],
  LOMBARDIA: [
    ['VA', 'Varese'], ['CO', 'Como'], ['SO', 'Sondrio'], ['MI', 'Milano'], ['BG', 'Bergamo'], ['BS', 'Brescia'], ['PV', 'Pavia'],
    ['CR', 'Cremona'], ['MN', 'Mantova'], ['LC', 'Lecco'], ['LO', 'Lodi'], ['MB', 'Monza e della Brianza'],
  ],
  TRENTINO_ALTO_ADIGE: [['BZ', 'Bolzano'], ['TN', 'Trento']],
  VENETO: [['VR', 'Verona'], ['VI', 'Vicenza'], ['BL', 'Belluno'], ['TV', 'Treviso'], ['VE', 'Venezia'], ['PD', 'Padova'], ['RO', 'Rovigo']],
  FRIULI_VENEZIA_GIULIA: [['UD', 'Udine'], ['GO', 'Gorizia'], ['TS', 'Trieste'], ['PN', 'Pordenone']],
  LIGURIA: [['IM', 'Imperia'], ['SV', 'Savona'], ['GE', 'Genova'], ['SP', 'La Spezia']],
  EMILIA_ROMAGNA: [
    ['PC', 'Piacenza'], ['PR', 'Parma'], ['RE', "Reggio nell'Emilia"], ['MO', 'Modena'], ['BO', 'Bologna'], ['FE', 'Ferrara'],
    ['RA', 'Ravenna'], ['FC', 'Forlì-Cesena'], ['RN', 'Rimini'],
  ],
  TOSCANA: [
    ['MS', 'Massa-Carrara'], ['LU', 'Lucca'], ['PT', 'Pistoia'], ['FI', 'Firenze'], ['LI', 'Livorno'], ['PI', 'Pisa'], ['AR', 'Arezzo'],
    ['SI', 'Siena'], ['GR', 'Grosseto'], ['PO', 'Prato'],
  ],
  UMBRIA: [['PG', 'Perugia'], ['TR', 'Terni']],
  MARCHE: [['PU', 'Pesaro e Urbino'], ['AN', 'Ancona'], ['MC', 'Macerata'], ['AP', 'Ascoli Piceno'], ['FM', 'Fermo']],
  LAZIO: [['VT', 'Viterbo'], ['RI', 'Rieti'], ['RM', 'Roma'], ['LT', 'Latina'], ['FR', 'Frosinone']],
  ABRUZZO: [['AQ', "L'Aquila"], ['TE', 'Teramo'], ['PE', 'Pescara'], ['CH', 'Chieti']],
  MOLISE: [['CB', 'Campobasso'], ['IS', 'Isernia']],
  CAMPANIA: [['CE', 'Caserta'], ['BN', 'Benevento'], ['NA', 'Napoli'], ['AV', 'Avellino'], ['SA', 'Salerno']],
  PUGLIA: [['FG', 'Foggia'], ['BA', 'Bari'], ['TA', 'Taranto'], ['BR', 'Brindisi'], ['LE', 'Lecce'], ['BT', 'Barletta-Andria-Trani']],
  BASILICATA: [['PZ', 'Potenza'], ['MT', 'Matera']],
  CALABRIA: [['CS', 'Cosenza'], ['CZ', 'Catanzaro'], ['RC', 'Reggio Calabria'], ['KR', 'Crotone'], ['VV', 'Vibo Valentia']],
  SICILIA: [
    ['TP', 'Trapani'], ['PA', 'Palermo'], ['ME', 'Messina'], ['AG', 'Agrigento'], ['CL', 'Caltanissetta'], ['EN', 'Enna'],
    ['CT', 'Catania'], ['RG', 'Ragusa'], ['SR', 'Siracusa'],
  ],
  SARDEGNA: [['SS', 'Sassari'], ['NU', 'Nuoro'], ['CA', 'Cagliari'], ['OR', 'Oristano'], ['SU', 'Sud Sardegna']],
};

/**
 * Italian provinces as reference data (sigla, name, region) and an administration's province:
 * nullable, one of the table's, and of the administration's own region (a composite foreign key).
 */
export class Provinces1764760000000 implements MigrationInterface {
  name = 'Provinces1764760000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE province (
        "code" char(2) PRIMARY KEY,
        "name" varchar(60) NOT NULL,
        "region" varchar(40) NOT NULL,
        CONSTRAINT "UQ_province_code_region" UNIQUE ("code", "region"),
        CONSTRAINT "CHK_province_code" CHECK ("code" ~ '^[A-Z]{2}$')
      )`);
    const rows = Object.entries(PROVINCES).flatMap(([region, list]) => list.map(([code, name]) => [code, name, region]));
    await q.query(
      `INSERT INTO province ("code", "name", "region") SELECT * FROM unnest($1::text[], $2::text[], $3::text[])`,
      [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2])],
    );
    await q.query(`ALTER TABLE administration ADD COLUMN "province" char(2)`);
    await q.query(`
      ALTER TABLE administration ADD CONSTRAINT "FK_administration_province"
        FOREIGN KEY ("province", "region") REFERENCES province ("code", "region")`);
    await q.query(`ALTER TABLE administration ADD CONSTRAINT "CHK_administration_province_region" CHECK ("province" IS NULL OR "region" IS NOT NULL)`);
    await q.query(`CREATE INDEX "IDX_administration_province" ON administration ("province")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE administration DROP COLUMN "province"`);
    await q.query(`DROP TABLE province`);
  }
}
