/**
 */
package dev.faultline.model.provider;


import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.FaultlinePackage;
import dev.faultline.model.Investigation;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link dev.faultline.model.Investigation} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class InvestigationItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InvestigationItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addTitlePropertyDescriptor(object);
			addSummaryPropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addSeverityPropertyDescriptor(object);
			addDisplayTimeZonePropertyDescriptor(object);
			addCreatedPropertyDescriptor(object);
			addUpdatedPropertyDescriptor(object);
			addAnalystsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Title feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTitlePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Investigation_title_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Investigation_title_feature", "_UI_Investigation_type"),
				 FaultlinePackage.Literals.INVESTIGATION__TITLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Summary feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSummaryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Investigation_summary_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Investigation_summary_feature", "_UI_Investigation_type"),
				 FaultlinePackage.Literals.INVESTIGATION__SUMMARY,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Investigation_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Investigation_status_feature", "_UI_Investigation_type"),
				 FaultlinePackage.Literals.INVESTIGATION__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Severity feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSeverityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Investigation_severity_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Investigation_severity_feature", "_UI_Investigation_type"),
				 FaultlinePackage.Literals.INVESTIGATION__SEVERITY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Display Time Zone feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDisplayTimeZonePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Investigation_displayTimeZone_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Investigation_displayTimeZone_feature", "_UI_Investigation_type"),
				 FaultlinePackage.Literals.INVESTIGATION__DISPLAY_TIME_ZONE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Created feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCreatedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Investigation_created_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Investigation_created_feature", "_UI_Investigation_type"),
				 FaultlinePackage.Literals.INVESTIGATION__CREATED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Updated feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUpdatedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Investigation_updated_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Investigation_updated_feature", "_UI_Investigation_type"),
				 FaultlinePackage.Literals.INVESTIGATION__UPDATED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Analysts feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAnalystsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Investigation_analysts_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Investigation_analysts_feature", "_UI_Investigation_type"),
				 FaultlinePackage.Literals.INVESTIGATION__ANALYSTS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(FaultlinePackage.Literals.INVESTIGATION__INCIDENTS);
			childrenFeatures.add(FaultlinePackage.Literals.INVESTIGATION__HOST_GROUPS);
			childrenFeatures.add(FaultlinePackage.Literals.INVESTIGATION__HOSTS);
			childrenFeatures.add(FaultlinePackage.Literals.INVESTIGATION__DRIVERS);
			childrenFeatures.add(FaultlinePackage.Literals.INVESTIGATION__UPDATES);
			childrenFeatures.add(FaultlinePackage.Literals.INVESTIGATION__CRASH_ANALYSES);
			childrenFeatures.add(FaultlinePackage.Literals.INVESTIGATION__CRASH_CLUSTERS);
			childrenFeatures.add(FaultlinePackage.Literals.INVESTIGATION__OUTAGES);
			childrenFeatures.add(FaultlinePackage.Literals.INVESTIGATION__TIMELINE_EVENTS);
			childrenFeatures.add(FaultlinePackage.Literals.INVESTIGATION__EVIDENCE);
			childrenFeatures.add(FaultlinePackage.Literals.INVESTIGATION__CAUSAL_LINKS);
			childrenFeatures.add(FaultlinePackage.Literals.INVESTIGATION__REMEDIATIONS);
			childrenFeatures.add(FaultlinePackage.Literals.INVESTIGATION__ANNOTATIONS);
			childrenFeatures.add(FaultlinePackage.Literals.INVESTIGATION__REJECTED_PROPOSALS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Investigation.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Investigation"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Investigation)object).getTitle();
		return label == null || label.length() == 0 ?
			getString("_UI_Investigation_type") :
			getString("_UI_Investigation_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Investigation.class)) {
			case FaultlinePackage.INVESTIGATION__TITLE:
			case FaultlinePackage.INVESTIGATION__SUMMARY:
			case FaultlinePackage.INVESTIGATION__STATUS:
			case FaultlinePackage.INVESTIGATION__SEVERITY:
			case FaultlinePackage.INVESTIGATION__DISPLAY_TIME_ZONE:
			case FaultlinePackage.INVESTIGATION__CREATED:
			case FaultlinePackage.INVESTIGATION__UPDATED:
			case FaultlinePackage.INVESTIGATION__ANALYSTS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case FaultlinePackage.INVESTIGATION__INCIDENTS:
			case FaultlinePackage.INVESTIGATION__HOST_GROUPS:
			case FaultlinePackage.INVESTIGATION__HOSTS:
			case FaultlinePackage.INVESTIGATION__DRIVERS:
			case FaultlinePackage.INVESTIGATION__UPDATES:
			case FaultlinePackage.INVESTIGATION__CRASH_ANALYSES:
			case FaultlinePackage.INVESTIGATION__CRASH_CLUSTERS:
			case FaultlinePackage.INVESTIGATION__OUTAGES:
			case FaultlinePackage.INVESTIGATION__TIMELINE_EVENTS:
			case FaultlinePackage.INVESTIGATION__EVIDENCE:
			case FaultlinePackage.INVESTIGATION__CAUSAL_LINKS:
			case FaultlinePackage.INVESTIGATION__REMEDIATIONS:
			case FaultlinePackage.INVESTIGATION__ANNOTATIONS:
			case FaultlinePackage.INVESTIGATION__REJECTED_PROPOSALS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(FaultlinePackage.Literals.INVESTIGATION__INCIDENTS,
				 FaultlineFactory.eINSTANCE.createIncident()));

		newChildDescriptors.add
			(createChildParameter
				(FaultlinePackage.Literals.INVESTIGATION__HOST_GROUPS,
				 FaultlineFactory.eINSTANCE.createHostGroup()));

		newChildDescriptors.add
			(createChildParameter
				(FaultlinePackage.Literals.INVESTIGATION__HOSTS,
				 FaultlineFactory.eINSTANCE.createHost()));

		newChildDescriptors.add
			(createChildParameter
				(FaultlinePackage.Literals.INVESTIGATION__DRIVERS,
				 FaultlineFactory.eINSTANCE.createDriver()));

		newChildDescriptors.add
			(createChildParameter
				(FaultlinePackage.Literals.INVESTIGATION__UPDATES,
				 FaultlineFactory.eINSTANCE.createUpdate()));

		newChildDescriptors.add
			(createChildParameter
				(FaultlinePackage.Literals.INVESTIGATION__CRASH_ANALYSES,
				 FaultlineFactory.eINSTANCE.createCrashAnalysis()));

		newChildDescriptors.add
			(createChildParameter
				(FaultlinePackage.Literals.INVESTIGATION__CRASH_CLUSTERS,
				 FaultlineFactory.eINSTANCE.createCrashCluster()));

		newChildDescriptors.add
			(createChildParameter
				(FaultlinePackage.Literals.INVESTIGATION__OUTAGES,
				 FaultlineFactory.eINSTANCE.createOutage()));

		newChildDescriptors.add
			(createChildParameter
				(FaultlinePackage.Literals.INVESTIGATION__TIMELINE_EVENTS,
				 FaultlineFactory.eINSTANCE.createTimelineEvent()));

		newChildDescriptors.add
			(createChildParameter
				(FaultlinePackage.Literals.INVESTIGATION__EVIDENCE,
				 FaultlineFactory.eINSTANCE.createEvidence()));

		newChildDescriptors.add
			(createChildParameter
				(FaultlinePackage.Literals.INVESTIGATION__CAUSAL_LINKS,
				 FaultlineFactory.eINSTANCE.createCausalLink()));

		newChildDescriptors.add
			(createChildParameter
				(FaultlinePackage.Literals.INVESTIGATION__REMEDIATIONS,
				 FaultlineFactory.eINSTANCE.createRemediation()));

		newChildDescriptors.add
			(createChildParameter
				(FaultlinePackage.Literals.INVESTIGATION__ANNOTATIONS,
				 FaultlineFactory.eINSTANCE.createRecordAnnotation()));

		newChildDescriptors.add
			(createChildParameter
				(FaultlinePackage.Literals.INVESTIGATION__REJECTED_PROPOSALS,
				 FaultlineFactory.eINSTANCE.createRejectedProposal()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return FaultlineEditPlugin.INSTANCE;
	}

}
