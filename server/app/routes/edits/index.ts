import { createRouter } from '../../context';
import * as chain from './chain';
import * as chainMap from './chain-map';
import * as fiveOnes from './five-ones';
import * as projectsProblems from './projects-problems';

/** Every write a task force makes to its chain; each is authorised, versioned and audited. */
export const editsRouter = createRouter()
  .openapi(chain.updateStatus, chain.handleUpdateStatus)
  .openapi(chain.saveFiveOne, chain.handleSaveFiveOne)
  .openapi(chain.saveLeaderFirm, chain.handleSaveLeaderFirm)
  .openapi(chain.saveChiefScientist, chain.handleSaveChiefScientist)
  .openapi(chain.saveTaskForce, chain.handleSaveTaskForce)
  .openapi(chain.createStatusReport, chain.handleCreateStatusReport)
  .openapi(fiveOnes.createMember, fiveOnes.handleCreateMember)
  .openapi(fiveOnes.updateMember, fiveOnes.handleUpdateMember)
  .openapi(fiveOnes.removeMember, fiveOnes.handleRemoveMember)
  .openapi(fiveOnes.createPolicy, fiveOnes.handleCreatePolicy)
  .openapi(fiveOnes.updatePolicy, fiveOnes.handleUpdatePolicy)
  .openapi(chainMap.updateLink, chainMap.handleUpdateLink)
  .openapi(chainMap.saveIndicatorValue, chainMap.handleSaveIndicatorValue)
  .openapi(projectsProblems.createProject, projectsProblems.handleCreateProject)
  .openapi(projectsProblems.updateProject, projectsProblems.handleUpdateProject)
  .openapi(projectsProblems.createProblem, projectsProblems.handleCreateProblem)
  .openapi(projectsProblems.updateProblem, projectsProblems.handleUpdateProblem);
