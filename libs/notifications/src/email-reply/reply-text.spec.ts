import { describe, expect, it } from '@jest/globals';
import { replyText } from './reply-text.js';

describe('replyText', () => {
  it('drops Gmail\'s Italian "Il giorno … ha scritto:" and the quote below it, even wrapped', () => {
    const text = 'Grazie, è utile.\nA Bari abbiamo fatto lo stesso.\n\nIl giorno mar 2 dic 2025 alle ore 10:12 Buone pratiche <\nnoreply@buonepratiche.example.it> ha scritto:\n\n> Testo citato\n> altra riga';
    expect(replyText(text)).toBe('Grazie, è utile.\nA Bari abbiamo fatto lo stesso.');
  });

  it('drops Thunderbird\'s "Il <data>, <nome> ha scritto:"', () => {
    expect(replyText('Risposta qui.\n\nIl 02/12/2025 10:12, Buone pratiche ha scritto:\n> Testo citato')).toBe('Risposta qui.');
  });

  it('drops Outlook\'s "-----Messaggio originale-----" block with its Da:/Inviato:/A:/Oggetto: headers', () => {
    const text = 'Risposta da Outlook.\r\n\r\n-----Messaggio originale-----\r\nDa: Buone pratiche <noreply@localhost>\r\nInviato: martedì 2 dicembre 2025 10:12\r\nA: Mario Rossi\r\nOggetto: Nuova risposta\r\n\r\nTesto originale';
    expect(replyText(text)).toBe('Risposta da Outlook.');
  });

  it('drops Android\'s "-------- Messaggio originale --------"', () => {
    const text = 'Ok.\n\n-------- Messaggio originale --------\nDa: Buone pratiche <noreply@localhost>\nData: 02/12/25 10:12 (GMT+01:00)\nOggetto: Nuova risposta\n\nTesto';
    expect(replyText(text)).toBe('Ok.');
  });

  it('drops Outlook headers that start with "Da:" without an address', () => {
    const text = 'Concordo.\n\nDa: Buone pratiche\nInviato: martedì 2 dicembre 2025 10:12\nA: Mario Rossi\nOggetto: Nuova risposta\n\nTesto originale';
    expect(replyText(text)).toBe('Concordo.');
  });

  it('drops "-- " signatures and mobile closings such as "Inviato da iPhone"', () => {
    expect(replyText('Ok per me.\n\n-- \nMario Rossi\nComune di Bari')).toBe('Ok per me.');
    expect(replyText('Ok per me.\n\nInviato da iPhone\n\n> Il giorno 2 dic 2025, alle ore 10:12, Buone pratiche <noreply@localhost> ha scritto:\n>\n> Testo')).toBe('Ok per me.');
    expect(replyText('Sì.\n\nInviato dal mio smartphone Samsung Galaxy.')).toBe('Sì.');
  });

  it('keeps Markdown, lists and a closing greeting the member wrote', () => {
    const text = 'Tre punti:\n\n- primo\n- secondo\n\nCordiali saluti\nMario';
    expect(replyText(text)).toBe(text);
  });

  it('is empty when only the quote is left', () => {
    expect(replyText('\n\nIl giorno mar 2 dic 2025 alle ore 10:12 Buone pratiche <noreply@localhost> ha scritto:\n> Testo citato')).toBe('');
  });
});
