import { createRouter } from '../../context';
import * as chain from './chain';
import * as chainMap from './chain-map';
import * as fiveOnes from './five-ones';
import * as projectsProblems from './projects-problems';

/** Every write a task force makes to its chain; each is authorised, versioned and audited. */
export const editsRouter = createRouter();

// Registered one by one: a chain this long makes a route-type union TypeScript cannot hold.
editsRouter.openapi(chain.updateStatus, chain.handleUpdateStatus);
editsRouter.openapi(chain.saveFiveOne, chain.handleSaveFiveOne);
editsRouter.openapi(chain.saveLeaderFirm, chain.handleSaveLeaderFirm);
editsRouter.openapi(chain.saveChiefScientist, chain.handleSaveChiefScientist);
editsRouter.openapi(chain.saveTaskForce, chain.handleSaveTaskForce);
editsRouter.openapi(chain.createStatusReport, chain.handleCreateStatusReport);
editsRouter.openapi(fiveOnes.createMember, fiveOnes.handleCreateMember);
editsRouter.openapi(fiveOnes.updateMember, fiveOnes.handleUpdateMember);
editsRouter.openapi(fiveOnes.removeMember, fiveOnes.handleRemoveMember);
editsRouter.openapi(fiveOnes.createPolicy, fiveOnes.handleCreatePolicy);
editsRouter.openapi(fiveOnes.updatePolicy, fiveOnes.handleUpdatePolicy);
editsRouter.openapi(chainMap.updateLink, chainMap.handleUpdateLink);
editsRouter.openapi(chainMap.saveIndicatorValue, chainMap.handleSaveIndicatorValue);
editsRouter.openapi(projectsProblems.createProject, projectsProblems.handleCreateProject);
editsRouter.openapi(projectsProblems.updateProject, projectsProblems.handleUpdateProject);
editsRouter.openapi(projectsProblems.createProblem, projectsProblems.handleCreateProblem);
editsRouter.openapi(projectsProblems.updateProblem, projectsProblems.handleUpdateProblem);
