import { LAYERS, type LayerId } from "../layers/definitions";

/** The legend swatch: the same colour and shape as the layer's symbol on the map. */
export function LayerSymbol({ layer, size = 22 }: { layer: LayerId; size?: number }) {
  const def = LAYERS[layer];
  const patternId = `hatch-${layer}`;
  let shape;
  switch (def.shape) {
    case "circle":
      shape = <circle cx="11" cy="11" r="8" fill={def.color} stroke={def.outline} strokeWidth="2" />;
      break;
    case "triangle":
      shape = <polygon points="11,3 19.5,18 2.5,18" fill={def.color} stroke={def.outline} strokeWidth="2" />;
      break;
    case "dashed-area":
      shape = <rect x="2" y="4" width="18" height="14" fill={def.color} fillOpacity="0.45" stroke={def.outline} strokeWidth="2" strokeDasharray="4 2" />;
      break;
    case "hatched-area":
      shape = (
        <>
          <defs>
            <pattern id={patternId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
              <rect width="6" height="6" fill={def.color} fillOpacity="0.3" />
              <rect width="2.5" height="6" fill={def.color} />
            </pattern>
          </defs>
          <rect x="2" y="4" width="18" height="14" fill={`url(#${patternId})`} stroke={def.outline} strokeWidth="1.5" />
        </>
      );
      break;
    default:
      shape = <rect x="2" y="4" width="18" height="14" fill={def.color} fillOpacity="0.6" stroke={def.outline} strokeWidth="1.5" />;
  }
  return (
    <svg width={size} height={size} viewBox="0 0 22 22" aria-hidden="true" focusable="false" className="layer-symbol">
      {shape}
    </svg>
  );
}
