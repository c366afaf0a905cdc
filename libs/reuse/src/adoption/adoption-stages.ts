import { AdoptionStage } from '../reuse.enums.js';

const PATH = [AdoptionStage.INTERESTED, AdoptionStage.EVALUATING, AdoptionStage.PILOT, AdoptionStage.IN_USE];

/**
 * An adoption moves forward along INTERESTED → EVALUATING → PILOT → IN_USE (skipping stages is
 * fine), may be ABANDONED from any stage, and starts again at any stage once abandoned.
 */
export function canMoveAdoption(from: AdoptionStage, to: AdoptionStage): boolean {
  if (from === to) return false;
  if (to === AdoptionStage.ABANDONED || from === AdoptionStage.ABANDONED) return true;
  return PATH.indexOf(to) > PATH.indexOf(from);
}
