import { createRouter } from '../../context';
import * as writes from './supply-items.writes';

export const supplyItemsRouter = createRouter()
  .openapi(writes.createSupplyItem, writes.handleCreateSupplyItem)
  .openapi(writes.updateSupplyItem, writes.handleUpdateSupplyItem);

const { withdraw, restore } = writes.supplyItemWithdrawal;
supplyItemsRouter.openapi(withdraw.route, withdraw.handler);
supplyItemsRouter.openapi(restore.route, restore.handler);
