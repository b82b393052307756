/** The server-free demo's banner: shown only in demo builds (npm run demo, npm run build:demo). */
export const demo = {
  banner: {
    label: '演示模式',
    text: '演示模式：没有服务器，数据只保存在这个浏览器中。示例账号 viewer、editor-new-display 等，密码均为 chainboard-sample。',
    reset: '恢复示例数据',
    question: '恢复示例数据？在这个浏览器中所做的全部修改都将丢失，需要重新登录。',
    confirm: '恢复',
  },
};
