import type { ChainMapSeed } from './chain-map-types';
import type { ChainCode } from './chains';
import { AI_MAP, COMMERCIAL_SPACE_MAP, LOW_ALTITUDE_MAP, TERAHERTZ_MAP } from './chain-maps-future';
import {
  AEROSPACE_MAP,
  BIOMED_MAP,
  DRONES_MAP,
  LASER_TECH_MAP,
  NEW_DISPLAY_MAP,
  NUCLEAR_TECH_MAP,
  PV_STORAGE_MAP,
  ROBOTICS_MAP,
} from './chain-maps-strategic';

/** 产业链图谱 of every chain: three segments, each with its links and their strength. */
export const CHAIN_MAPS: Readonly<Record<ChainCode, ChainMapSeed>> = {
  'new-display': NEW_DISPLAY_MAP,
  'nuclear-tech': NUCLEAR_TECH_MAP,
  'laser-tech': LASER_TECH_MAP,
  drones: DRONES_MAP,
  robotics: ROBOTICS_MAP,
  aerospace: AEROSPACE_MAP,
  biomed: BIOMED_MAP,
  'pv-storage': PV_STORAGE_MAP,
  ai: AI_MAP,
  'commercial-space': COMMERCIAL_SPACE_MAP,
  terahertz: TERAHERTZ_MAP,
  'low-altitude': LOW_ALTITUDE_MAP,
};
