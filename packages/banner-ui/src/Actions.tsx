/**
 * A row of action buttons, every one with the same class, so none looks preferred: rejecting is as easy and as
 * visible as accepting (EDPB guidelines 03/2022 on deceptive design patterns).
 */
export function Actions({ buttons }: { buttons: [label: string, onClick: () => void][] }) {
  return (
    <div class="ck-actions">
      {buttons.map(([label, onClick]) => (
        <button type="button" class="ck-btn" onClick={onClick}>
          {label}
        </button>
      ))}
    </div>
  );
}
