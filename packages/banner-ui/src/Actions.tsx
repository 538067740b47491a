/**
 * A row of action buttons, every one with the same class, so none looks preferred: rejecting is as easy and as
 * visible as accepting (EDPB guidelines 03/2022 on deceptive design patterns).
 */
export function Actions({ buttons }: { buttons: [label: string, onClick: () => void, onIntent?: () => void][] }) {
  return (
    <div class="ck-actions">
      {buttons.map(([label, onClick, onIntent]) => (
        // Intent (pointer over it, keyboard focus on it) lets a button prepare what its click needs.
        <button type="button" class="ck-btn" onClick={onClick} onPointerEnter={onIntent} onFocus={onIntent}>
          {label}
        </button>
      ))}
    </div>
  );
}
