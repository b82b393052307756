import { Outlet } from '@tanstack/react-router';
import { AppLayout } from '@/components/layouts/app-layout';

export function RootLayout() {
  return (
    <AppLayout>
      <Outlet />
    </AppLayout>
  );
}
