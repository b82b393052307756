import { createContext, useContext, type ComponentType } from 'react';

/**
 * The buttons that add a chain's projects and firm problems, and its investment map. Those records are features of their
 * own, which this one never imports: the app puts their buttons here (see
 * `src/app/routes/chain-page.tsx`), and the chain page shows them where they belong.
 */
export interface ChainRecordActions {
  AddProject?: ComponentType<{ chainId: number }>;
  AddProblem?: ComponentType<{ chainId: number }>;
  /** 招商图谱: the chain map seen for investment promotion (the investment feature's). */
  InvestmentMap?: ComponentType<{ chainId: number }>;
  /** 链主供需清单 (the investment feature's), shown after the chain's five ones. */
  SupplyList?: ComponentType<{ chainId: number }>;
  /** 链长督办: the chain's red problems (the supervision feature's), in the problems section. */
  EscalatedProblems?: ComponentType<{ chainId: number }>;
}

export const ChainRecordActionsContext = createContext<ChainRecordActions>({});

export function useChainRecordActions(): ChainRecordActions {
  return useContext(ChainRecordActionsContext);
}
